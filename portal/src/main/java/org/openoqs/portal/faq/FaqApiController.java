package org.openoqs.portal.faq;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The FAQ and シカク as JSON, for vendors' help screens and scripts: {@code GET /api/faq/search?q=} and
 * {@code POST /api/faq/ask} (body {@code {"question": "…"}}) or {@code GET /api/faq/ask?q=}. Public and sessionless,
 * so no CSRF token is needed.
 */
@RestController
@RequestMapping("/api/faq")
class FaqApiController {
    private final FaqSearch search;
    private final Shikaku shikaku;
    private final FaqSettings settings;

    FaqApiController(FaqSearch search, Shikaku shikaku, FaqSettings settings) {
        this.search = search;
        this.shikaku = shikaku;
        this.settings = settings;
    }

    /** One search result as JSON. */
    record Result(String id, String category, String question, String snippet, float score, String url) {
        static Result of(FaqHit hit) {
            FaqEntry e = hit.entry();
            return new Result(e.id(), e.category().label(), e.question(), hit.snippet(), hit.score(), e.path());
        }
    }

    record SearchResponse(String query, List<Result> results) {}

    record AskRequest(String question) {}

    @GetMapping("/search")
    SearchResponse search(@RequestParam(name = "q", defaultValue = "") String query,
                          @RequestParam(name = "limit", required = false) Integer limit) {
        String q = query.strip();
        if (q.codePointCount(0, q.length()) > settings.maxQuestionLength()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "q: at most " + settings.maxQuestionLength() + " characters");
        }
        int size = limit == null ? settings.searchLimit() : Math.max(1, Math.min(limit, settings.searchLimit()));
        return new SearchResponse(q, search.search(q, size).stream().map(Result::of).toList());
    }

    @PostMapping("/ask")
    ShikakuAnswer ask(@RequestBody AskRequest request) {
        return shikaku.ask(request.question());
    }

    @GetMapping("/ask")
    ShikakuAnswer askByGet(@RequestParam(name = "q", defaultValue = "") String question) {
        return shikaku.ask(question);
    }
}
