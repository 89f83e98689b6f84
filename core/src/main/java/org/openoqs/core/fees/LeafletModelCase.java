package org.openoqs.core.fees;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * The two model cases of the 2022 leaflet (seed 002, 「モデルケース」), as inputs: the leaflet's figures are what the
 * simulator computes from them under the 2022-04 rules (電子的保健医療情報活用加算), counting only the card-rate share
 * of the patients on the マイナ rows, as the leaflet does, and all of them on paper cards for its 「全患者が健康保険証を
 * 使う場合」 figure.
 */
public enum LeafletModelCase {
    /** 診療所: 35 patients a day, 23 eligible (初診 3 + 再診 20), 20 診療日 a month, マイナンバーカード保持率 42.4%. */
    CLINIC("診療所（リーフレットのモデルケース）", "1日35人来院、うち加算対象23人（初診3人・再診20人）、月20診療日、カード保持率42.4%",
            FeeSchedule.MEDICAL, PatientMix.clinic(BigDecimal.valueOf(3), BigDecimal.valueOf(20), 20)),
    /** 薬局: 1,200 patients a month, 795 eligible (the month's first visit), マイナンバーカード保持率 42.4%. */
    PHARMACY("薬局（リーフレットのモデルケース）", "月1,200人来局、うち加算対象795人（月の初回）、カード保持率42.4%",
            FeeSchedule.PHARMACY, PatientMix.pharmacy(BigDecimal.valueOf(795)));

    /** The leaflet's rules: it was published for the 2022-04 改定. */
    public static final YearMonth MONTH = YearMonth.of(2022, 4);
    /** マイナンバーカード保持率 in the leaflet, used as the share presenting the card and consenting. */
    public static final BigDecimal CARD_RATE = new BigDecimal("0.424");

    private final String title;
    private final String description;
    private final FeeSchedule setting;
    private final PatientMix mix;

    LeafletModelCase(String title, String description, FeeSchedule setting, PatientMix mix) {
        this.title = title;
        this.description = description;
        this.setting = setting;
        this.mix = mix;
    }

    public String title() { return title; }

    public String description() { return description; }

    public FeeSchedule setting() { return setting; }

    public PatientMix mix() { return mix; }

    /** The leaflet's inputs: 2022-04, card rate 42.4% on the マイナ rows only, the leaflet's rounding, no 医療DX. */
    public FeeSimulationInput input() {
        return FeeSimulationInput.forMonth(setting, MONTH, mix, CARD_RATE, CardRateCounting.MYNA_PATIENTS_ONLY,
                DxFacts.notFiled(), RoundingStep.defaultFor(setting), WindowAssumption.RECURRING_PATIENTS);
    }

    /** Reads clinic or pharmacy (any case). */
    public static LeafletModelCase parse(String raw) {
        for (LeafletModelCase c : values()) {
            if (c.name().equalsIgnoreCase(raw == null ? "" : raw.strip())) return c;
        }
        throw new org.openoqs.core.InvalidValueException("model", raw, "must be clinic or pharmacy");
    }
}
