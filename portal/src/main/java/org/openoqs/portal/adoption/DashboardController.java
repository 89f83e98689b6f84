package org.openoqs.portal.adoption;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.adoption.AdoptionStage;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.portal.account.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 導入状況 for 厚生労働省 and 都道府県 ({@code /dashboard}): the page, its JSON for the charts, and a prefecture's
 * not-operating institutions as CSV. Who sees which prefecture is decided by {@link DashboardScope} on every request.
 */
@Controller
class DashboardController {
    private final AdoptionDashboard dashboard;
    private final NotStartedCsvExport export;
    private final Clock clock;

    DashboardController(AdoptionDashboard dashboard, NotStartedCsvExport export, Clock clock) {
        this.dashboard = dashboard;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String page(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String prefecture,
                @RequestParam(required = false) String asOf, @RequestParam(required = false) String type,
                @RequestParam(required = false) String stage, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "code") String sort, Model model) {
        DashboardScope scope = DashboardScope.of(user, prefecture);
        LocalDate date = date(asOf);
        DashboardFigures figures = dashboard.figures(scope, date);
        model.addAttribute("scope", scope);
        model.addAttribute("figures", figures);
        List<DashboardFigures.TypeRow> tableRows = new java.util.ArrayList<>(figures.byType());
        tableRows.add(figures.allTypes());
        model.addAttribute("tableRows", tableRows);
        model.addAttribute("mhlw", "MHLW".equals(user.role()));
        model.addAttribute("prefectures", Prefecture.values());
        model.addAttribute("types", InstitutionType.values());
        model.addAttribute("notOperatingStages", List.of(AdoptionStage.NOT_STARTED, AdoptionStage.CARD_READER_APPLIED,
                AdoptionStage.USAGE_APPLIED, AdoptionStage.READY));
        model.addAttribute("sortByOperating", "operating".equals(sort));
        model.addAttribute("prefectureRows", "operating".equals(sort) ? figures.prefectures().stream()
                .sorted(Comparator.comparingDouble(DashboardFigures.PrefectureRow::operatingShare).reversed()).toList()
                : figures.prefectures());
        if (!scope.national()) {
            InstitutionType typeFilter = blank(type) ? null : parse("type", () -> InstitutionType.parse(type));
            AdoptionStage stageFilter = blank(stage) ? null : parse("stage", () -> AdoptionStage.parse(stage));
            model.addAttribute("typeFilter", typeFilter);
            model.addAttribute("stageFilter", stageFilter);
            model.addAttribute("notOperating", dashboard.notOperating(scope, date, typeFilter, stageFilter, page));
        }
        return "dashboard";
    }

    @GetMapping("/dashboard/api/figures")
    @ResponseBody
    DashboardFigures figures(@AuthenticationPrincipal PortalUser user, @RequestParam(required = false) String prefecture,
                             @RequestParam(required = false) String asOf) {
        return dashboard.figures(DashboardScope.of(user, prefecture), date(asOf));
    }

    @GetMapping("/dashboard/not-started.csv")
    ResponseEntity<byte[]> notStartedCsv(@AuthenticationPrincipal PortalUser user,
                                         @RequestParam(required = false) String prefecture,
                                         @RequestParam(required = false) String asOf) {
        DashboardScope scope = DashboardScope.of(user, prefecture);
        if (scope.national()) throw new BadDashboardRequestException("prefecture", "都道府県を選んでください");
        LocalDate date = date(asOf);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(NotStartedCsvExport.fileName(scope, date)).build().toString())
                .body(export.export(scope, date).getBytes(StandardCharsets.UTF_8));
    }

    private LocalDate date(String raw) {
        if (blank(raw)) return LocalDate.now(clock);
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new BadDashboardRequestException("asOf", "日付は yyyy-MM-dd で指定してください: " + raw);
        }
    }

    private static <T> T parse(String parameter, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (InvalidValueException e) {
            throw new BadDashboardRequestException(parameter, e.getMessage());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
