package org.openoqs.portal.faq;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * よくある質問: every entry by category with anchors ({@code /faq#FAQ-012}), a search box ({@code ?q=} as a plain GET,
 * {@code /faq/search} as the htmx fragment that replaces the results) and one page per entry.
 */
@Controller
class FaqController {
    private final FaqSearch search;
    private final FaqSettings settings;
    private final FaqContacts contacts;

    FaqController(FaqSearch search, FaqSettings settings, FaqContacts contacts) {
        this.search = search;
        this.settings = settings;
        this.contacts = contacts;
    }

    @GetMapping("/faq")
    String faq(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("groups", search.catalog().byCategory());
        model.addAttribute("total", search.catalog().entries().size());
        model.addAttribute("contacts", contacts);
        model.addAttribute("maxLength", settings.maxQuestionLength());
        addResults(query, model);
        return "faq/index";
    }

    @GetMapping("/faq/search")
    String results(@RequestParam(name = "q", required = false) String query, Model model) {
        addResults(query, model);
        return "faq/fragments :: results";
    }

    @GetMapping("/faq/{id:FAQ-\\d+}")
    String entry(@PathVariable String id, Model model) {
        FaqEntry entry = search.catalog().find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no FAQ entry " + id));
        model.addAttribute("entry", entry);
        model.addAttribute("contacts", contacts);
        return "faq/entry";
    }

    /** Nothing asked: no results block at all; too long: a message instead of a search. */
    private void addResults(String query, Model model) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        if (q.isEmpty()) return;
        if (q.codePointCount(0, q.length()) > settings.maxQuestionLength()) {
            model.addAttribute("searchProblem", "検索する言葉は" + settings.maxQuestionLength() + "文字以内で入力してください。");
            model.addAttribute("results", List.of());
            return;
        }
        model.addAttribute("results", search.search(q, settings.searchLimit()));
    }
}
