package org.openoqs.portal.fees;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.openoqs.core.fees.CardRateCounting;
import org.openoqs.core.fees.FeeAdditionSimulator;
import org.openoqs.core.fees.FeeSimulationInput;
import org.openoqs.core.fees.LeafletModelCase;
import org.openoqs.core.fees.RoundingStep;
import org.openoqs.core.fees.WindowAssumption;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 加算シミュレーター page, public: the form (or a leaflet model case, {@code ?model=clinic|pharmacy}), the result
 * rendered with the page and refreshed by htmx from {@code /fees/result} as the inputs change, and the chart, which
 * fetches {@code /api/fees/series} for the same inputs.
 */
@Controller
class FeeController {
    private static final FeeFormat FORMAT = new FeeFormat();
    private final FeeAdditionSimulator simulator;
    private final Clock clock;

    FeeController(FeeAdditionSimulator simulator, Clock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    /** The form as given (a bookmarked or shared simulation), a model case, or this month's defaults. */
    @GetMapping("/fees")
    String page(@ModelAttribute("form") FeeForm given, Model page) {
        FeeForm form = given.parameters().isEmpty() && given.model() == null ? FeeForm.defaults(YearMonth.now(clock))
                : FeeRequestParser.expand(given);
        page.addAttribute("form", form);
        page.addAttribute("fmt", FORMAT);
        page.addAttribute("presets", LeafletModelCase.values());
        page.addAttribute("settings", FeeSchedule.values());
        page.addAttribute("countings", CardRateCounting.values());
        page.addAttribute("roundings", RoundingStep.values());
        page.addAttribute("windowAssumptions", WindowAssumption.values());
        page.addAttribute("periods", simulator.table().periods());
        page.addAttribute("knownThrough", simulator.table().knownThrough().orElse(null));
        result(form, page);
        return "fees";
    }

    @GetMapping("/fees/result")
    String result(@ModelAttribute FeeForm form, Model page) {
        page.addAttribute("fmt", FORMAT);
        try {
            FeeSimulationInput input = FeeRequestParser.parse(form);
            page.addAttribute("result", simulator.simulate(input));
            page.addAttribute("seriesUrl", seriesUrl(form, input));
        } catch (FormRejectedException e) {
            page.addAttribute("resultProblems", e.problems().asMap());
        }
        return "fees :: result";
    }

    private String seriesUrl(FeeForm form, FeeSimulationInput input) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/fees/series");
        Map<String, String> parameters = FeeRequestParser.expand(form).parameters();
        parameters.forEach(url::queryParam);
        if (!parameters.containsKey("until")) url.queryParam("until", FeeRequestParser.until(form, input, YearMonth.now(clock)));
        return url.encode().build().toUriString();
    }
}
