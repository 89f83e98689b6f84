package org.openoqs.core.subsidy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.core.subsidy.SubsidyDecision.Refusal;

/**
 * Computes the 交付額 of a claim from a {@link SubsidyRuleTable} and checks the claim against the table's deadlines.
 * All amounts and dates come from the table; this class only combines them.
 *
 * <p><b>Which row.</b> The candidates are the rows the claim matches: same category; for a 病院 the same reader
 * count, a count above the table's largest being counted as the largest (§2.1 names 1–3 readers; 4 and more get the
 * 3-reader row [U]); the claim's dates within the row's order, vendor-contract and start windows. Each candidate's
 * grant is min(総事業費 × rate, GrantCap). The row with the highest grant applies, since a top-up is meant to raise the
 * grant and the institution is entitled to the best row it qualifies for. <b>Ties</b> go to the row with fewer
 * conditions (the standard row before a top-up that gives no more), and then to the earlier row in the table, so
 * that a decision never cites a top-up that made no difference.
 *
 * <p><b>Deadlines.</b> The deadline row is the applied row's programme's row for the claim's
 * {@link DeferralCondition}. Both dates are inclusive: operating on RunningBy, or applying on ApplyBy, is in time.
 * A condition without a published ApplyBy refuses every application. Without a matching row the programme, and so
 * the deadline, is unknown: the only refusal is then {@link Refusal#NO_MATCHING_RULE}.
 */
public final class SubsidyCalculator {
    private final SubsidyRuleTable table;

    public SubsidyCalculator(SubsidyRuleTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public SubsidyDecision decide(SubsidyClaim claim) {
        List<SubsidyRule> candidates = candidates(claim);
        Optional<SubsidyRule> applied = highestGrant(candidates, claim.eligibleCost());
        Optional<SubsidyDeadline> deadline = applied.flatMap(r -> table.deadline(r.programme(), claim.deferral()));
        List<Refusal> refusals = refusals(claim, applied, deadline);
        long costTimesRate = applied.map(r -> r.costTimesRate(claim.eligibleCost())).orElse(0L);
        long grantCap = applied.map(SubsidyRule::grantCap).orElse(0L);
        long grant = refusals.isEmpty() ? applied.orElseThrow().grantFor(claim.eligibleCost()) : 0;
        return new SubsidyDecision(claim, refusals.isEmpty(), grant, applied, costTimesRate, grantCap, candidates,
                deadline, refusals);
    }

    private List<SubsidyRule> candidates(SubsidyClaim claim) {
        int readersCounted = readersCounted(claim);
        return table.rules().stream().filter(rule -> rule.matches(claim, readersCounted)).toList();
    }

    private int readersCounted(SubsidyClaim claim) {
        int largest = table.largestReaderCount(claim.category());
        return largest == 0 ? claim.readerCount() : Math.min(claim.readerCount(), largest);
    }

    /** The first candidate (in table order) with the highest grant and, among those, the fewest conditions. */
    private static Optional<SubsidyRule> highestGrant(List<SubsidyRule> candidates, long eligibleCost) {
        SubsidyRule best = null;
        for (SubsidyRule rule : candidates) {
            if (best == null || better(rule, best, eligibleCost)) best = rule;
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(SubsidyRule rule, SubsidyRule best, long eligibleCost) {
        int byGrant = Long.compare(rule.grantFor(eligibleCost), best.grantFor(eligibleCost));
        return byGrant > 0 || (byGrant == 0 && rule.conditionCount() < best.conditionCount());
    }

    private static List<Refusal> refusals(SubsidyClaim claim, Optional<SubsidyRule> applied,
            Optional<SubsidyDeadline> deadline) {
        List<Refusal> refusals = new ArrayList<>();
        if (applied.isEmpty()) {
            refusals.add(Refusal.noMatchingRule(claim));
        } else if (deadline.isEmpty()) {
            refusals.add(Refusal.noDeadline(applied.get().programme(), claim.deferral()));
        } else {
            refusals.addAll(deadlineRefusals(claim, deadline.get()));
        }
        return refusals;
    }

    private static List<Refusal> deadlineRefusals(SubsidyClaim claim, SubsidyDeadline deadline) {
        List<Refusal> refusals = new ArrayList<>();
        if (!deadline.runningInTime(claim.operationStartDate())) {
            refusals.add(Refusal.notRunningInTime(claim.operationStartDate(), deadline));
        }
        if (!deadline.applyByPublished()) {
            refusals.add(Refusal.applyByUnpublished(deadline));
        } else if (!deadline.appliedInTime(claim.applicationDate())) {
            refusals.add(Refusal.appliedTooLate(claim.applicationDate(), deadline));
        }
        return refusals;
    }
}
