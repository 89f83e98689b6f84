package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.core.onboarding.PreparationStep.CARD_READER_APPLICATION;
import static org.openoqs.core.onboarding.PreparationStep.CERTIFICATE_APPLICATION;
import static org.openoqs.core.onboarding.PreparationStep.DEVICE_SETUP;
import static org.openoqs.core.onboarding.PreparationStep.GO_LIVE_ENTRY;
import static org.openoqs.core.onboarding.PreparationStep.OPERATION_TEST;
import static org.openoqs.core.onboarding.PreparationStep.SUBSIDY_APPLICATION;
import static org.openoqs.core.onboarding.PreparationStep.USAGE_APPLICATION;
import static org.openoqs.core.onboarding.PreparationStep.VENDOR_ORDER;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.calendar.BusinessCalendar;

/**
 * Every expected date is worked out by hand in the comment above it. Weekdays were checked with {@code date -d};
 * holidays are the Cabinet Office's (2025-11-24 and 2026-05-06 振替休日, 2027-03-22 振替休日 for 春分 3/21 on a
 * Sunday, Golden Week 2026: 4/29 Wed, 5/3 Sun–5/6 Wed).
 */
class PreparationPlannerTest {
    private final PreparationPlanner planner =
            new PreparationPlanner(BusinessCalendar.government(), PlannerSettings.defaults());

    // --- year end: targetStart 2027-01-06 (Wed), set-up not planned ---

    @Test
    void earlyJanuaryStartCountsBackOverTheYearEndClosure() {
        PreparationPlan plan = planner.plan(day("2027-01-06"), Optional.empty(), day("2026-08-01"), Map.of());

        // 2027-01-06 − 4 months = 2026-09-06 (Sun) → Sat 9/5 → Fri 9/4
        assertLatest(plan, CARD_READER_APPLICATION, "2026-09-04");
        // 2027-01-06 − 1 month = 2026-12-06 (Sun) → Fri 12/4
        assertLatest(plan, VENDOR_ORDER, "2026-12-04");
        // set-up = 5 business days before 1/6: 1/5 (1), 1/4 (2), [1/3–12/29 closed], 12/28 (3), [12/27, 12/26
        // weekend], 12/25 (4), 12/24 Thu (5)
        assertThat(plan.deviceSetup()).isEqualTo(day("2026-12-24"));
        assertLatest(plan, DEVICE_SETUP, "2026-12-24");
        // applications: 5 business days before 12/24: 12/23 (1), 12/22 (2), 12/21 (3), [weekend], 12/18 (4), 12/17 (5)
        assertLatest(plan, USAGE_APPLICATION, "2026-12-17");
        assertLatest(plan, CERTIFICATE_APPLICATION, "2026-12-17");
        // test: from the set-up to the last business day before 1/6 = Tue 1/5
        assertThat(plan.step(OPERATION_TEST).earliest()).contains(day("2026-12-24"));
        assertLatest(plan, OPERATION_TEST, "2027-01-05");
        // entry: from the 1st of the month before (2026-12-01) to the start
        assertThat(plan.step(GO_LIVE_ENTRY).earliest()).contains(day("2026-12-01"));
        assertLatest(plan, GO_LIVE_ENTRY, "2027-01-06");
        // subsidy: after the start, no deadline from the planner
        assertThat(plan.step(SUBSIDY_APPLICATION).earliest()).contains(day("2027-01-06"));
        assertThat(plan.step(SUBSIDY_APPLICATION).latest()).isEmpty();
        assertThat(plan.step(SUBSIDY_APPLICATION).rule()).contains("期限は補助事業");
    }

    @Test
    void calendarWithoutYearEndClosureGivesLaterDeadlines() {
        PreparationPlanner vendorDays =
                new PreparationPlanner(BusinessCalendar.weekdaysAndHolidaysOnly(), PlannerSettings.defaults());
        PreparationPlan plan = vendorDays.plan(day("2027-01-06"), Optional.empty(), day("2026-08-01"), Map.of());

        // set-up: 1/5 (1), 1/4 (2), [1/3 Sun, 1/2 Sat, 1/1 元日], 12/31 (3), 12/30 (4), 12/29 Tue (5)
        assertThat(plan.deviceSetup()).isEqualTo(day("2026-12-29"));
        // applications: 12/28 (1), [weekend], 12/25 (2), 12/24 (3), 12/23 (4), 12/22 Tue (5)
        assertLatest(plan, USAGE_APPLICATION, "2026-12-22");
    }

    // --- holidays ---

    @Test
    void setUpRightAfterGoldenWeek() {
        // targetStart 2026-05-14 (Thu): 5 business days back: 5/13 (1), 5/12 (2), 5/11 (3), [weekend], 5/8 (4),
        // 5/7 Thu (5) — the first business day after Golden Week
        PreparationPlan plan = planner.plan(day("2026-05-14"), Optional.empty(), day("2026-01-05"), Map.of());

        assertThat(plan.deviceSetup()).isEqualTo(day("2026-05-07"));
        // applications: 5 business days before 5/7: [5/6–5/2], 5/1 (1), 4/30 (2), [4/29 昭和の日], 4/28 (3),
        // 4/27 (4), [weekend], 4/24 Fri (5)
        assertLatest(plan, USAGE_APPLICATION, "2026-04-24");
        assertLatest(plan, CERTIFICATE_APPLICATION, "2026-04-24");
        // 2026-05-14 − 4 months = 2026-01-14 (Wed), a business day
        assertLatest(plan, CARD_READER_APPLICATION, "2026-01-14");
        // 2026-05-14 − 1 month = 2026-04-14 (Tue)
        assertLatest(plan, VENDOR_ORDER, "2026-04-14");
        // last business day before Thu 5/14 = Wed 5/13
        assertLatest(plan, OPERATION_TEST, "2026-05-13");
        assertThat(plan.step(GO_LIVE_ENTRY).earliest()).contains(day("2026-04-01"));
    }

    @Test
    void plannedSetUpRightAfterASubstituteHoliday() {
        // 2025-11-23 勤労感謝の日 is a Sunday → Mon 11/24 振替休日; set-up on Tue 11/25, start Mon 2025-12-01
        PreparationPlan plan = planner.plan(day("2025-12-01"), Optional.of(day("2025-11-25")), day("2025-07-01"),
                Map.of());

        assertThat(plan.deviceSetup()).isEqualTo(day("2025-11-25"));
        assertThat(plan.step(DEVICE_SETUP).rule()).contains("予定");
        // applications: [11/24 振替, 11/23 Sun, 11/22 Sat], 11/21 Fri (1), 11/20 (2), 11/19 (3), 11/18 (4), 11/17 Mon (5)
        assertLatest(plan, USAGE_APPLICATION, "2025-11-17");
        // 2025-12-01 − 4 months = 2025-08-01 (Fri)
        assertLatest(plan, CARD_READER_APPLICATION, "2025-08-01");
        // 2025-12-01 − 1 month = 2025-11-01 (Sat) → Fri 10/31
        assertLatest(plan, VENDOR_ORDER, "2025-10-31");
        // test: from 11/25 to the last business day before Mon 12/1 = Fri 11/28
        assertThat(plan.step(OPERATION_TEST).earliest()).contains(day("2025-11-25"));
        assertLatest(plan, OPERATION_TEST, "2025-11-28");
        assertThat(plan.step(GO_LIVE_ENTRY).earliest()).contains(day("2025-11-01"));
    }

    // --- month lengths ---

    @Test
    void fourMonthsBeforeTheEndOfJuneIsTheEndOfFebruary() {
        PreparationPlan plan = planner.plan(day("2027-06-30"), Optional.empty(), day("2026-12-01"), Map.of());

        // 2027-06-30 − 4 months = "2027-02-30" → 2027-02-28 (Sun) → Sat 2/27 → Fri 2/26
        assertLatest(plan, CARD_READER_APPLICATION, "2027-02-26");
        // 2027-06-30 − 1 month = 2027-05-30 (Sun) → Fri 5/28
        assertLatest(plan, VENDOR_ORDER, "2027-05-28");
        // set-up: 6/29 (1), 6/28 (2), [weekend], 6/25 (3), 6/24 (4), 6/23 Wed (5)
        assertThat(plan.deviceSetup()).isEqualTo(day("2027-06-23"));
        // applications: 6/22 (1), 6/21 (2), [weekend], 6/18 (3), 6/17 (4), 6/16 Wed (5)
        assertLatest(plan, USAGE_APPLICATION, "2027-06-16");
        assertThat(plan.step(GO_LIVE_ENTRY).earliest()).contains(day("2027-05-01"));
    }

    @Test
    void oneMonthBeforeTheEndOfMarchIsTheEndOfFebruary() {
        PreparationPlan plan = planner.plan(day("2027-03-31"), Optional.empty(), day("2026-10-01"), Map.of());

        // 2027-03-31 − 1 month = "2027-02-31" → 2027-02-28 (Sun) → Fri 2/26
        assertLatest(plan, VENDOR_ORDER, "2027-02-26");
        // 2027-03-31 − 4 months = 2026-11-30 (Mon)
        assertLatest(plan, CARD_READER_APPLICATION, "2026-11-30");
        // set-up: 3/30 (1), 3/29 (2), [weekend], 3/26 (3), 3/25 (4), 3/24 Wed (5)
        assertThat(plan.deviceSetup()).isEqualTo(day("2027-03-24"));
        // applications: 3/23 (1), [3/22 振替休日, 3/21 Sun 春分, 3/20 Sat], 3/19 (2), 3/18 (3), 3/17 (4), 3/16 Tue (5)
        assertLatest(plan, USAGE_APPLICATION, "2027-03-16");
    }

    @Test
    void leapYearKeepsTheTwentyNinth() {
        // 2028-06-30 − 4 months = 2028-02-29 (Tue), a business day
        PreparationPlan plan = planner.plan(day("2028-06-30"), Optional.empty(), day("2027-12-01"), Map.of());
        assertLatest(plan, CARD_READER_APPLICATION, "2028-02-29");
    }

    // --- statuses ---

    @Test
    void statusesOnAGivenDay() {
        // targetStart 2027-01-06: latest days as in the year-end test (card 9/4, vendor 12/4, applications 12/17,
        // set-up 12/24, test 1/5, entry 1/6). Today 2026-12-10, so due soon means latest ≤ 12/24.
        PreparationPlan plan = planner.plan(day("2027-01-06"), Optional.empty(), day("2026-12-10"), Map.of(
                CARD_READER_APPLICATION, day("2026-08-20"),
                VENDOR_ORDER, day("2026-12-08"),
                CERTIFICATE_APPLICATION, day("2026-12-09")));

        assertStatus(plan, CARD_READER_APPLICATION, StepStatus.DONE);      // 8/20 ≤ 9/4
        assertStatus(plan, VENDOR_ORDER, StepStatus.DONE_LATE);            // 12/8 > 12/4
        assertStatus(plan, USAGE_APPLICATION, StepStatus.DUE_SOON);        // 12/17 ≤ 12/24
        assertStatus(plan, CERTIFICATE_APPLICATION, StepStatus.DONE);
        assertStatus(plan, DEVICE_SETUP, StepStatus.DUE_SOON);             // 12/24 = 12/10 + 14: inclusive
        assertStatus(plan, OPERATION_TEST, StepStatus.OPEN);               // 1/5 > 12/24
        assertStatus(plan, GO_LIVE_ENTRY, StepStatus.OPEN);
        assertStatus(plan, SUBSIDY_APPLICATION, StepStatus.OPEN);          // no latest day
        assertThat(plan.step(VENDOR_ORDER).completedOn()).contains(day("2026-12-08"));
        assertThat(plan.anyLate()).isFalse();
    }

    @Test
    void aStartTooCloseFlagsWhatIsAlreadyLate() {
        // Today 2026-12-20, nothing done; due soon means latest ≤ 2027-01-03.
        PreparationPlan plan = planner.plan(day("2027-01-06"), Optional.empty(), day("2026-12-20"), Map.of());

        assertStatus(plan, CARD_READER_APPLICATION, StepStatus.LATE);      // 9/4
        assertStatus(plan, VENDOR_ORDER, StepStatus.LATE);                 // 12/4
        assertStatus(plan, USAGE_APPLICATION, StepStatus.LATE);            // 12/17
        assertStatus(plan, CERTIFICATE_APPLICATION, StepStatus.LATE);
        assertStatus(plan, DEVICE_SETUP, StepStatus.DUE_SOON);             // 12/24
        assertStatus(plan, OPERATION_TEST, StepStatus.OPEN);               // 1/5 > 1/3
        assertStatus(plan, GO_LIVE_ENTRY, StepStatus.OPEN);                // 1/6 > 1/3
        assertThat(plan.anyLate()).isTrue();
    }

    @Test
    void theLatestDayItselfIsStillInTime() {
        // applications latest 12/17: on 12/17 due soon, on 12/18 late
        assertStatus(planner.plan(day("2027-01-06"), Optional.empty(), day("2026-12-17"), Map.of()),
                USAGE_APPLICATION, StepStatus.DUE_SOON);
        assertStatus(planner.plan(day("2027-01-06"), Optional.empty(), day("2026-12-18"), Map.of()),
                USAGE_APPLICATION, StepStatus.LATE);
        // done on the latest day is DONE, not DONE_LATE
        assertStatus(planner.plan(day("2027-01-06"), Optional.empty(), day("2026-12-18"),
                Map.of(USAGE_APPLICATION, day("2026-12-17"))), USAGE_APPLICATION, StepStatus.DONE);
    }

    // --- planned set-up ---

    @Test
    void plannedSetUpMovesTheApplicationDeadlines() {
        // start Mon 2026-05-18, set-up planned Thu 5/7 → applications 4/24 (as in the Golden Week test)
        PreparationPlan plan = planner.plan(day("2026-05-18"), Optional.of(day("2026-05-07")), day("2026-03-01"),
                Map.of());
        assertThat(plan.deviceSetup()).isEqualTo(day("2026-05-07"));
        assertLatest(plan, DEVICE_SETUP, "2026-05-07");
        assertLatest(plan, CERTIFICATE_APPLICATION, "2026-04-24");
        // last business day before Mon 5/18 = Fri 5/15
        assertLatest(plan, OPERATION_TEST, "2026-05-15");
    }

    @Test
    void saturdaySetUpRightBeforeTheStartKeepsTheTestOnThatDay() {
        // start Mon 2026-06-01, set-up Sat 5/30: last business day before the start is Fri 5/29, before the set-up
        PreparationPlan plan = planner.plan(day("2026-06-01"), Optional.of(day("2026-05-30")), day("2026-03-01"),
                Map.of());
        assertThat(plan.step(OPERATION_TEST).earliest()).contains(day("2026-05-30"));
        assertLatest(plan, OPERATION_TEST, "2026-05-30");
        // applications from Sat 5/30: 5/29 (1), 5/28 (2), 5/27 (3), 5/26 (4), 5/25 Mon (5)
        assertLatest(plan, USAGE_APPLICATION, "2026-05-25");
    }

    @Test
    void plannedSetUpOnOrAfterTheStartIsRefused() {
        for (String setup : new String[] {"2026-05-18", "2026-05-20"}) {
            assertThatThrownBy(() -> planner.plan(day("2026-05-18"), Optional.of(day(setup)), day("2026-03-01"),
                    Map.of()))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("DeviceSetupDate");
                        assertThat(e.value()).isEqualTo(setup);
                    });
        }
    }

    // --- settings and shape ---

    @Test
    void leadTimesComeFromTheSettings() {
        PlannerSettings shorter = new PlannerSettings(Period.ofMonths(3), Period.ofDays(10), 3, 2, 7);
        PreparationPlan plan = new PreparationPlanner(BusinessCalendar.government(), shorter)
                .plan(day("2026-05-14"), Optional.empty(), day("2026-01-05"), Map.of());

        // 2026-05-14 − 3 months = 2026-02-14 (Sat) → Fri 2/13
        assertLatest(plan, CARD_READER_APPLICATION, "2026-02-13");
        // 2026-05-14 − 10 days = 2026-05-04 (みどりの日) → back over 5/4–5/2 → Fri 5/1
        assertLatest(plan, VENDOR_ORDER, "2026-05-01");
        // set-up 2 business days before Thu 5/14: 5/13 (1), 5/12 Tue (2)
        assertThat(plan.deviceSetup()).isEqualTo(day("2026-05-12"));
        // applications 3 before Tue 5/12: 5/11 (1), [weekend], 5/8 (2), 5/7 (3)
        assertLatest(plan, USAGE_APPLICATION, "2026-05-07");
        assertThat(plan.step(CARD_READER_APPLICATION).rule()).startsWith("運用開始の3か月前");
        assertThat(plan.step(VENDOR_ORDER).rule()).startsWith("運用開始の10日前");
        assertThat(plan.step(USAGE_APPLICATION).rule()).startsWith("機器受取/設定の3営業日前");
    }

    @Test
    void defaultRulesReadLikeTheGuide() {
        PreparationPlan plan = planner.plan(day("2027-01-06"), Optional.empty(), day("2026-08-01"), Map.of());
        assertThat(plan.step(CARD_READER_APPLICATION).rule()).isEqualTo("運用開始の4か月前（目安）、営業日でなければ前の営業日");
        assertThat(plan.step(VENDOR_ORDER).rule()).isEqualTo("運用開始の1か月前、営業日でなければ前の営業日");
        assertThat(plan.step(DEVICE_SETUP).rule()).contains("5営業日前").contains("仮置き");
    }

    @Test
    void everyStepInTheGuidesOrder() {
        PreparationPlan plan = planner.plan(day("2027-01-06"), Optional.empty(), day("2026-08-01"), Map.of());
        assertThat(plan.steps()).extracting(PlannedStep::step).containsExactly(PreparationStep.values());
        assertThat(plan.targetStart()).isEqualTo(day("2027-01-06"));
        assertThat(plan.today()).isEqualTo(day("2026-08-01"));
    }

    @Test
    void japanesePeriods() {
        assertThat(PreparationPlanner.japanese(Period.ofMonths(4))).isEqualTo("4か月");
        assertThat(PreparationPlanner.japanese(Period.of(1, 2, 0))).isEqualTo("1年2か月");
        assertThat(PreparationPlanner.japanese(Period.ofDays(10))).isEqualTo("10日");
        assertThat(PreparationPlanner.japanese(Period.ZERO)).isEqualTo("0日");
    }

    private static void assertLatest(PreparationPlan plan, PreparationStep step, String expected) {
        assertThat(plan.step(step).latest()).as(step.name()).contains(day(expected));
    }

    private static void assertStatus(PreparationPlan plan, PreparationStep step, StepStatus expected) {
        assertThat(plan.step(step).status()).as(step.name()).isEqualTo(expected);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
