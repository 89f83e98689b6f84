package org.openoqs.terminal.staff;

import java.util.List;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.terminal.face.RecentFaceResults;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The latest card-reader results for reception staff: who, insurer, 資格有効性, 負担割合, consents with their
 * AvailableTime, refusals. The table part is fetched again by htmx every few seconds.
 */
@Controller
@RequestMapping("/staff/results")
class StaffResultsController {

    private final RecentFaceResults recent;

    StaffResultsController(RecentFaceResults recent) {
        this.recent = recent;
    }

    @GetMapping
    String page(Model model) {
        fill(model);
        return "staff/results";
    }

    @GetMapping("/table")
    String table(Model model) {
        fill(model);
        return "staff/results :: table";
    }

    private void fill(Model model) {
        model.addAttribute("results", recent.list());
        model.addAttribute("categories", List.of(ConsentCategory.values()));
    }
}
