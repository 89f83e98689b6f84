package org.openoqs.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreparationStepTest {

    @Test
    void stepsInTheGuidesOrderWithItsLabels() {
        assertThat(PreparationStep.values()).extracting(PreparationStep::label).containsExactly(
                "顔認証付きカードリーダー申し込み", "システムベンダーへ発注", "オンライン資格確認利用申請", "電子証明書発行申請",
                "機器受取/設定", "運用テスト", "運用開始日の入力", "補助金申請");
    }

    @Test
    void sectionNumbersAsInTheGuide() {
        // 手引き: 1, 2, then 3-1 導入 holds 利用申請/証明書 (①), 機器受取/設定 (②), 運用テスト (③), 運用開始日の入力 (④); 4
        assertThat(PreparationStep.values()).extracting(PreparationStep::stepNumber)
                .containsExactly("1", "2", "3-1", "3-1", "3-1", "3-1", "3-1", "4");
    }
}
