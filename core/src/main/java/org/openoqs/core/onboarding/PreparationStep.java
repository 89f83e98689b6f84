package org.openoqs.core.onboarding;

/**
 * The preparation steps of 「オンライン資格確認導入に向けた準備作業の手引き」 (seed 000), in its order, with its
 * section numbers: 1 顔認証付きカードリーダー申し込み, 2 システムベンダーへ発注, 3 導入・運用準備 and 4 補助金申請. [C]
 *
 * <p>Every step of section 3 planned here belongs to its part 3-1 導入 (items ① 利用申請 with 電子証明書発行申請
 * "続けて申請", ② 機器受取/設定, ③ 運用テスト, ④ 運用開始日の入力), so all of them carry {@code "3-1"}. Part 3-2
 * 運用準備 (受付業務等の変更点の確認, 患者向け掲示の準備) has no date of its own in the 手引き and is not a step
 * here.
 */
public enum PreparationStep {
    CARD_READER_APPLICATION("顔認証付きカードリーダー申し込み", "1"),
    VENDOR_ORDER("システムベンダーへ発注", "2"),
    USAGE_APPLICATION("オンライン資格確認利用申請", "3-1"),
    CERTIFICATE_APPLICATION("電子証明書発行申請", "3-1"),
    DEVICE_SETUP("機器受取/設定", "3-1"),
    OPERATION_TEST("運用テスト", "3-1"),
    GO_LIVE_ENTRY("運用開始日の入力", "3-1"),
    SUBSIDY_APPLICATION("補助金申請", "4");

    private final String label;
    private final String stepNumber;

    PreparationStep(String label, String stepNumber) {
        this.label = label;
        this.stepNumber = stepNumber;
    }

    /** The 手引き's Japanese name of the step. */
    public String label() { return label; }

    /** The 手引き's section number: "1", "2", "3-1" or "4". */
    public String stepNumber() { return stepNumber; }
}
