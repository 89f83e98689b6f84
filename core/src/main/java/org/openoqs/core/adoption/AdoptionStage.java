package org.openoqs.core.adoption;

import org.openoqs.core.InvalidValueException;

/**
 * How far an institution has come towards オンライン資格確認, in order: each stage implies all earlier ones. The stages
 * are the points for which national figures exist (oqs-rules §5.2) plus one inferred step between them:
 * <ul>
 *   <li>{@link #NOT_STARTED} 未着手 — none of the following yet; [C] as the complement of カードリーダー申込済.</li>
 *   <li>{@link #CARD_READER_APPLIED} カードリーダー申込済 — [C] counted by MHLW ("読み取り機の申込", 2021-09 ≈ 56%,
 *       2023-02-19 91.8%); the 手引き's step 1 (顔認証付きカードリーダー申し込み).</li>
 *   <li>{@link #USAGE_APPLIED} 利用申請済 — [inferred] the オンライン資格確認利用申請 (手引き 3-1 ①) has been submitted;
 *       no national figure exists, so the generator places it between the two calibrated neighbours.</li>
 *   <li>{@link #READY} 準備完了 — [C] "準備完了施設" (2023-02-19: 136,113, 59.3%): the environment is set up, which the
 *       portal sees as the first terminal certificate issued.</li>
 *   <li>{@link #OPERATING} 運用中 — [C] "運用開始施設" (2023-02-19: 113,835, 49.6%): the 運用開始日 has been reached.</li>
 * </ul>
 */
public enum AdoptionStage {
    NOT_STARTED("未着手", true),
    CARD_READER_APPLIED("カードリーダー申込済", true),
    USAGE_APPLIED("利用申請済", false),
    READY("準備完了", true),
    OPERATING("運用中", true);

    public static final String FIELD = "AdoptionStage";
    private final String label;
    private final boolean calibrated;

    AdoptionStage(String label, boolean calibrated) {
        this.label = label;
        this.calibrated = calibrated;
    }

    public String label() { return label; }

    /** Whether national figures exist for this stage ([C]); the others are inferred. */
    public boolean calibrated() { return calibrated; }

    /** Whether this stage is {@code other} or comes after it. */
    public boolean atLeast(AdoptionStage other) {
        return compareTo(other) >= 0;
    }

    /** The stages an institution reaches on a date (all but {@link #NOT_STARTED}), in order. */
    public static AdoptionStage[] milestones() {
        return new AdoptionStage[] {CARD_READER_APPLIED, USAGE_APPLIED, READY, OPERATING};
    }

    /** Reads the enum name or the Japanese label. */
    public static AdoptionStage parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        for (AdoptionStage stage : values()) {
            if (stage.name().equalsIgnoreCase(s) || stage.label.equals(s)) return stage;
        }
        throw new InvalidValueException(FIELD, raw, "must be one of NOT_STARTED, CARD_READER_APPLIED, USAGE_APPLIED, "
                + "READY, OPERATING (or 未着手, カードリーダー申込済, 利用申請済, 準備完了, 運用中)");
    }
}
