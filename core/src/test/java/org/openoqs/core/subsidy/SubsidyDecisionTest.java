package org.openoqs.core.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.core.subsidy.ClaimBuilder.claim;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openoqs.core.subsidy.SubsidyDecision.Refusal;

class SubsidyDecisionTest {
    private static final SubsidyCalculator CALCULATOR = new SubsidyCalculator(SubsidyRuleTable.bundled());

    @Test
    void explainsAGrantLimitedByTheCap() {
        assertThat(CALCULATOR.decide(claim().cost(500_000).build()).explanation())
                .isEqualTo("総事業費 500,000円 × 3/4 = 375,000円、補助限度額 321,000円 → 交付額 321,000円（規則 CLINIC-STD）");
    }

    @Test
    void explainsATopUp() {
        assertThat(CALCULATOR.decide(claim().ordered("2021-03-31").cost(300_000).build()).explanation())
                .isEqualTo("総事業費 300,000円 × 1/1 = 300,000円、補助限度額 429,000円 → 交付額 300,000円（規則 CLINIC-2021-ORDER）");
    }

    @Test
    void explainsARefusalWithEveryReason() {
        SubsidyDecision decision = CALCULATOR.decide(claim().started("2023-04-01").applied("2023-10-01").build());
        assertThat(decision.explanation()).isEqualTo("総事業費 429,000円 × 3/4 = 321,750円、補助限度額 321,000円 → "
                + "交付額 0円（規則 CLINIC-STD、不交付: 運用開始日 2023-04-01 が運用開始期限 2023-03-31 を過ぎています（猶予届なし）"
                + "／補助金申請日 2023-10-01 が申請期限 2023-09-30 を過ぎています（猶予届なし））");
    }

    @Test
    void explainsAnUnpublishedDeadline() {
        SubsidyDecision decision = CALCULATOR.decide(claim().deferral(DeferralCondition.DEFERRAL_2_3)
                .started("2024-03-01").applied("2024-03-15").build());
        assertThat(decision.explanation()).endsWith(
                "不交付: 猶予届（2・3）の補助金申請期限は公表されていないため、申請を受け付けられません）");
    }

    @Test
    void explainsAClaimNoRuleMatches() {
        String rules = String.join(",", SubsidyRuleTable.RULE_COLUMNS)
                + "\nR,P,2023-04,CLINIC,,,2021-03-31,,,,429000,1,1,429000,C,";
        String deadlines = String.join(",", SubsidyRuleTable.DEADLINE_COLUMNS) + "\nD,P,ORIGINAL,2030-12-31,,U,";
        SubsidyCalculator calculator = new SubsidyCalculator(SubsidyRuleTable.read(new StringReader(rules), "r",
                new StringReader(deadlines), "d"));
        assertThat(calculator.decide(claim().build()).explanation()).isEqualTo("交付額 0円（不交付: 該当する補助規則がありません"
                + "（診療所、カードリーダー 1台、カードリーダー申込日 なし、ベンダー契約日 なし、運用開始日 2023-03-01））");
    }

    @Test
    void eligibleMeansNoRefusalAndARefusedClaimHasNoGrant() {
        SubsidyClaim claim = claim().build();
        Refusal refusal = new Refusal(Refusal.NO_MATCHING_RULE, "x");
        assertThatThrownBy(() -> decision(claim, true, 0, List.of(refusal)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decision(claim, false, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> decision(claim, false, 1, List.of(refusal)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static SubsidyDecision decision(SubsidyClaim claim, boolean eligible, long grant, List<Refusal> refusals) {
        return new SubsidyDecision(claim, eligible, grant, Optional.empty(), 0, 0, List.of(), Optional.empty(),
                refusals);
    }
}
