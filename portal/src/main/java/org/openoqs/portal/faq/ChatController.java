package org.openoqs.portal.faq;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * シカクに質問: the conversation lives in the page. With htmx each question is posted and シカク's exchange is appended
 * to the list; without JavaScript the form posts normally and the page shows that one exchange. Posts carry the CSRF
 * token of the form like every other form of the portal.
 */
@Controller
class ChatController {
    private final Shikaku shikaku;
    private final FaqCatalog catalog;

    ChatController(Shikaku shikaku, FaqCatalog catalog) {
        this.shikaku = shikaku;
        this.catalog = catalog;
    }

    @GetMapping("/chat")
    String chat(Model model) {
        return page(List.of(), model);
    }

    @PostMapping("/chat")
    String ask(@RequestParam(name = "question", required = false) String question,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ShikakuAnswer answer = shikaku.ask(question);
        if ("true".equals(htmx)) {
            model.addAttribute("answer", answer);
            return "faq/fragments :: exchange";
        }
        return page(List.of(answer), model);
    }

    private String page(List<ShikakuAnswer> answers, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("total", catalog.entries().size());
        model.addAttribute("contacts", shikaku.contacts());
        model.addAttribute("maxLength", shikaku.maxQuestionLength());
        return "faq/chat";
    }
}
