package org.openoqs.terminal.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.terminal.face.FaceFileName;
import org.openoqs.terminal.face.FaceResult;
import org.openoqs.terminal.face.RecentFaceResults;

class ViewablePatientsTest {

    // 2026-04-01 10:00 JST
    final Clock clock = Clock.fixed(Instant.parse("2026-04-01T01:00:00Z"), ZoneOffset.UTC);
    final RecentFaceResults recent = new RecentFaceResults(10);

    static FaceResult result(String id, String segment, String number, Map<ConsentCategory, FaceResult.Consent> consents) {
        FaceResult.Person person = new FaceResult.Person("氏名" + number, null, "19800101", "1", "06130012", null, "1",
                number, "01", null, null, consents);
        return new FaceResult(new FaceFileName("1312345679", id, LocalDateTime.of(2026, 4, 1, 9, 0)), null,
                new FaceResult.Header(null, null, null, null, "1", segment, null, null, "0"), "1", null, null, "1", null,
                "9".equals(segment) ? List.of() : List.of(person));
    }

    @Test
    void onlyPatientsWhoseNewestResultHasAnEffectiveViewingConsent() {
        FaceResult.Consent effective = new FaceResult.Consent("1", "20260401090000", "20260402090000");
        FaceResult.Consent expired = new FaceResult.Consent("1", "20260331090000", "20260401090000");
        FaceResult.Consent untilWithdrawn = new FaceResult.Consent("1", "20260301090000", null);
        recent.add(result("aaaaaaaaaaaaaaaaaaaa", "1", "1", Map.of(ConsentCategory.PHARMACISTS_INFO, effective)));
        recent.add(result("bbbbbbbbbbbbbbbbbbbb", "1", "2", Map.of(ConsentCategory.PHARMACISTS_INFO, expired)));
        recent.add(result("cccccccccccccccccccc", "1", "3", Map.of(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, untilWithdrawn)));
        recent.add(result("dddddddddddddddddddd", "1", "4", Map.of(ConsentCategory.LIMIT_APPLICATION_CERTIFICATE, effective)));
        recent.add(result("eeeeeeeeeeeeeeeeeeee", "9", "5", Map.of()));
        // Patient 1 came back and declined this time: the newest answer counts.
        recent.add(result("ffffffffffffffffffff", "1", "1", Map.of(ConsentCategory.PHARMACISTS_INFO, new FaceResult.Consent("0", null, null))));

        List<ViewablePatients.Entry> entries = new ViewablePatients(recent, clock).list();
        assertThat(entries).extracting(ViewablePatients.Entry::id).containsExactly("cccccccccccccccccccc");
        assertThat(entries.get(0).checkups()).isTrue();
        assertThat(entries.get(0).drugs()).isFalse();
    }
}
