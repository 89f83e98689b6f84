package org.openoqs.portal.fees;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import org.openoqs.core.fees.FeeAdditionSimulator;
import org.openoqs.core.fees.FeeSimulationInput;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public JSON: the rules table with its periods, a simulation, and the month-by-month series the page's chart draws.
 * The inputs are {@link FeeForm}'s fields as query or form parameters, or as a JSON object on POST; a bad input is a
 * 400 naming the field.
 */
@RestController
@RequestMapping(path = "/api/fees", produces = MediaType.APPLICATION_JSON_VALUE)
class FeeApiController {
    private final FeeAdditionSimulator simulator;
    private final Clock clock;

    FeeApiController(FeeAdditionSimulator simulator, Clock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    @GetMapping("/rules")
    FeeJson.Rules rules() {
        return FeeJson.Rules.of(simulator.table());
    }

    @GetMapping("/simulate")
    FeeJson.Simulation simulate(@ModelAttribute FeeForm form) {
        return FeeJson.Simulation.of(simulator.simulate(FeeRequestParser.parse(form)));
    }

    @PostMapping(path = "/simulate", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    FeeJson.Simulation simulateForm(@ModelAttribute FeeForm form) {
        return simulate(form);
    }

    @PostMapping(path = "/simulate", consumes = MediaType.APPLICATION_JSON_VALUE)
    FeeJson.Simulation simulateJson(@RequestBody FeeForm form) {
        return simulate(form);
    }

    @GetMapping("/series")
    FeeJson.Series series(@ModelAttribute FeeForm form) {
        FeeSimulationInput input = FeeRequestParser.parse(form);
        YearMonth until = FeeRequestParser.until(form, input, YearMonth.now(clock));
        return new FeeJson.Series(input.setting().name(), input.month(), until,
                simulator.table().knownThrough().orElse(null),
                simulator.series(input, until).stream().map(FeeJson.Month::of).toList());
    }

    @ExceptionHandler(FormRejectedException.class)
    ResponseEntity<FeeJson.Problem> rejected(FormRejectedException e) {
        Map<String, String> problems = e.problems().asMap();
        Map.Entry<String, String> first = problems.entrySet().iterator().next();
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new FeeJson.Problem(400,
                "入力内容を確認してください", first.getKey(), first.getValue(), problems));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<FeeJson.Problem> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(
                new FeeJson.Problem(400, "本文を JSON オブジェクトとして読めません", "body",
                        "本文は FeeForm の項目を持つ JSON オブジェクトです", Map.of("body", "JSON として読めません")));
    }
}
