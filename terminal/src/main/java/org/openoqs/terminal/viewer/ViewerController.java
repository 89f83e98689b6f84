package org.openoqs.terminal.viewer;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.openoqs.terminal.face.FaceResult;
import org.openoqs.terminal.face.OqsTimes;
import org.openoqs.terminal.face.RecentFaceResults;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 閲覧方法 b and c: signed-in staff list the patients with an effective consent, open one patient's 薬剤情報 or
 * 特定健診情報 (each view is a request to central, which checks consent and audits it), and print it.
 */
@Controller
@RequestMapping("/viewer")
class ViewerController {

    private static final Set<Integer> PERIODS = Set.of(3, 12, 36);

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Clock clock;
    private final ViewablePatients patients;
    private final RecentFaceResults recent;
    private final MedicalInformationService service;
    private final DrugHistoryReader drugs = new DrugHistoryReader();
    private final CheckupHistoryReader checkups = new CheckupHistoryReader();

    ViewerController(ViewablePatients patients, RecentFaceResults recent, MedicalInformationService service,
            Clock clock) {
        this.clock = clock;
        this.patients = patients;
        this.recent = recent;
        this.service = service;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("patients", patients.list());
        return "viewer/patients";
    }

    @GetMapping("/patients/{id}/{kind}")
    String view(@PathVariable String id, @PathVariable String kind, @RequestParam(defaultValue = "12") int months,
            Model model, Principal staff) {
        return show(id, kind, months, model, staff, "viewer/information");
    }

    @GetMapping("/patients/{id}/{kind}/print")
    String print(@PathVariable String id, @PathVariable String kind, @RequestParam(defaultValue = "12") int months,
            Model model, Principal staff) {
        return show(id, kind, months, model, staff, "viewer/print");
    }

    private String show(String id, String kindPath, int months, Model model, Principal staff, String view) {
        MedicalInformationKind kind = kind(kindPath);
        FaceResult result = recent.find(id).filter(r -> r.singlePerson().isPresent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "この受付結果は見つかりません"));
        int period = PERIODS.contains(months) ? months : 12;
        FaceResult.Person person = result.singlePerson().get();
        MedicalInformationService.Answer answer = service.fetch(kind, person, period, staff.getName());
        model.addAttribute("result", result);
        model.addAttribute("person", person);
        model.addAttribute("kind", kind);
        model.addAttribute("months", period);
        model.addAttribute("answer", answer);
        model.addAttribute("viewedAt", OqsTimes.format(LocalDateTime.now(clock.withZone(JAPAN))));
        if (answer.ok()) {
            model.addAttribute(kind == MedicalInformationKind.DRUGS ? "drugs" : "checkups",
                    kind == MedicalInformationKind.DRUGS ? drugs.read(answer.root()) : checkups.read(answer.root()));
        }
        return view;
    }

    private static MedicalInformationKind kind(String path) {
        for (MedicalInformationKind kind : MedicalInformationKind.values()) {
            if (kind.path().equals(path)) {
                return kind;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown information: " + path);
    }
}
