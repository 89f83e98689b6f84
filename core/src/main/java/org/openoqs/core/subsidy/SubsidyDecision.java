package org.openoqs.core.subsidy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The portal's answer to a {@link SubsidyClaim}: the 交付額 and every figure behind it, so that the institution and
 * an auditor can follow the computation ({@link #explanation()}).
 *
 * @param claim         the claim decided
 * @param eligible      true when nothing refuses the claim
 * @param grant         交付額 in yen; 0 when refused
 * @param appliedRule   the row that sets the amounts; present whenever a row matches, also when a deadline refuses
 *                      the claim, so that the institution sees what it would have received
 * @param costTimesRate 総事業費 × 補助率 under the applied row (0 without one)
 * @param grantCap      補助限度額 of the applied row (0 without one)
 * @param candidates    every row the claim matched, in table order
 * @param deadline      the deadline row checked (empty when no row matched, as the programme is then unknown)
 * @param refusals      why the claim is refused; empty when eligible
 */
public record SubsidyDecision(SubsidyClaim claim, boolean eligible, long grant, Optional<SubsidyRule> appliedRule,
        long costTimesRate, long grantCap, List<SubsidyRule> candidates, Optional<SubsidyDeadline> deadline,
        List<Refusal> refusals) {

    public SubsidyDecision {
        Objects.requireNonNull(claim, "claim");
        candidates = List.copyOf(candidates);
        refusals = List.copyOf(refusals);
        if (eligible != refusals.isEmpty()) throw new IllegalArgumentException("eligible means no refusals");
        if (!eligible && grant != 0) throw new IllegalArgumentException("a refused claim has no grant");
    }

    /**
     * In Japanese, e.g. {@code 総事業費 500,000円 × 3/4 = 375,000円、補助限度額 321,000円 → 交付額 321,000円（規則 CLINIC-STD）};
     * a refused claim ends with {@code 交付額 0円（不交付: reason／reason）}.
     */
    public String explanation() {
        String computation = appliedRule.map(rule -> "総事業費 " + yen(claim.eligibleCost()) + " × " + rule.rate()
                + " = " + yen(costTimesRate) + "、補助限度額 " + yen(grantCap) + " → ").orElse("");
        String rule = appliedRule.map(r -> "規則 " + r.ruleId()).orElse("");
        if (eligible) return computation + "交付額 " + yen(grant) + "（" + rule + "）";
        String reasons = refusals.stream().map(Refusal::message).collect(Collectors.joining("／"));
        return computation + "交付額 0円（" + (rule.isEmpty() ? "" : rule + "、") + "不交付: " + reasons + "）";
    }

    static String yen(long amount) {
        return String.format(Locale.ROOT, "%,d円", amount);
    }

    /**
     * Why a claim is refused: a stable {@code code} for programs and a Japanese {@code message} for people.
     */
    public record Refusal(String code, String message) {
        /** No row of the table matches the claim's category, reader count and dates. */
        public static final String NO_MATCHING_RULE = "NO_MATCHING_RULE";
        /** 運用開始日 after the deadline's RunningBy. */
        public static final String NOT_RUNNING_IN_TIME = "NOT_RUNNING_IN_TIME";
        /** 補助金申請日 after the deadline's ApplyBy. */
        public static final String APPLIED_TOO_LATE = "APPLIED_TOO_LATE";
        /** No application deadline has been published for the claim's condition. */
        public static final String APPLY_BY_UNPUBLISHED = "APPLY_BY_UNPUBLISHED";
        /** The table has no deadline row for the applied rule's programme and the claim's condition. */
        public static final String NO_DEADLINE = "NO_DEADLINE";

        public Refusal {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }

        static Refusal noMatchingRule(SubsidyClaim claim) {
            return new Refusal(NO_MATCHING_RULE, "該当する補助規則がありません（" + claim.category().label()
                    + "、カードリーダー " + claim.readerCount() + "台、カードリーダー申込日 " + date(claim.readerOrderDate())
                    + "、ベンダー契約日 " + date(claim.vendorContractDate()) + "、運用開始日 "
                    + claim.operationStartDate() + "）");
        }

        static Refusal notRunningInTime(LocalDate operationStartDate, SubsidyDeadline deadline) {
            return new Refusal(NOT_RUNNING_IN_TIME, "運用開始日 " + operationStartDate + " が運用開始期限 "
                    + deadline.runningBy() + " を過ぎています（" + deadline.condition().label() + "）");
        }

        static Refusal appliedTooLate(LocalDate applicationDate, SubsidyDeadline deadline) {
            return new Refusal(APPLIED_TOO_LATE, "補助金申請日 " + applicationDate + " が申請期限 "
                    + deadline.applyBy() + " を過ぎています（" + deadline.condition().label() + "）");
        }

        static Refusal applyByUnpublished(SubsidyDeadline deadline) {
            return new Refusal(APPLY_BY_UNPUBLISHED, deadline.condition().label()
                    + "の補助金申請期限は公表されていないため、申請を受け付けられません");
        }

        static Refusal noDeadline(String programme, DeferralCondition condition) {
            return new Refusal(NO_DEADLINE, programme + "の" + condition.label() + "の期限が期限表にありません");
        }

        private static String date(LocalDate date) {
            return date == null ? "なし" : date.toString();
        }
    }
}
