package org.openoqs.terminal.viewer;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openoqs.terminal.face.FaceResult;
import org.openoqs.terminal.face.RecentFaceResults;

/**
 * The patients staff may look up now: those whose latest card-reader result at this terminal carries an effective
 * 薬剤情報 or 特定健診情報 consent (flag 1, AvailableTime absent or still ahead [C] reference §1.6). This is only the
 * list; central decides again on every view.
 */
public final class ViewablePatients {

    /** One patient in the list, from their newest result. */
    public record Entry(FaceResult result, FaceResult.Person person, boolean drugs, boolean checkups) {
        public String id() {
            return result.id();
        }
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final RecentFaceResults recent;
    private final Clock clock;

    public ViewablePatients(RecentFaceResults recent, Clock clock) {
        this.recent = recent;
        this.clock = clock;
    }

    public List<Entry> list() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(JAPAN));
        Set<String> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (FaceResult result : recent.list()) { // newest first: the first result of a person is the one that counts
            if (result.refused() || result.singlePerson().isEmpty()) {
                continue;
            }
            FaceResult.Person person = result.singlePerson().get();
            if (!seen.add(key(person))) {
                continue;
            }
            boolean drugs = person.consent(MedicalInformationKind.DRUGS.consent()).effectiveAt(now);
            boolean checkups = person.consent(MedicalInformationKind.CHECKUPS.consent()).effectiveAt(now);
            if (drugs || checkups) {
                entries.add(new Entry(result, person, drugs, checkups));
            }
        }
        return entries;
    }

    private static String key(FaceResult.Person p) {
        return String.join("\u0000", String.valueOf(p.insurerNumber()).strip(), String.valueOf(p.insuredCardSymbol()),
                String.valueOf(p.insuredIdentificationNumber()), String.valueOf(p.insuredBranchNumber()));
    }
}
