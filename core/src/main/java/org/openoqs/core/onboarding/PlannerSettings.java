package org.openoqs.core.onboarding;

import java.time.Period;
import java.util.Objects;

/**
 * The lead times of the preparation timeline. All are settings because the 手引き's own numbers are partly
 * secondary or unknown (oqs-rules §4), and because they are 目安 that an institution or vendor may tighten.
 *
 * @param cardReaderLead 顔認証付きカードリーダー申し込み before 運用開始: 4 months, a 目安 that depends on the makers'
 *        production [C] in the 手引き; delivery of 3–4 months was reported for 2022–23 [S]
 * @param vendorOrderLead システムベンダーへ発注 before 運用開始: 1 month [C] in the 手引き (※5: depends on the vendor's
 *        schedule)
 * @param applicationBusinessDaysBeforeSetup 利用申請 and 電子証明書発行申請 before 機器受取/設定, in 営業日: 5 [C] in the
 *        手引き; each is answered in about 5 営業日 [S]
 * @param setupBusinessDaysBeforeStart the 機器受取/設定 day assumed when the institution has not planned one, in 営業日
 *        before 運用開始: 5 [U], a placeholder of ours (the 手引き gives no such number) leaving a week for the
 *        運用テスト
 * @param dueSoonDays a step whose latest day is at most this many calendar days ahead is DUE_SOON: 14, our choice
 */
public record PlannerSettings(Period cardReaderLead, Period vendorOrderLead, int applicationBusinessDaysBeforeSetup,
                              int setupBusinessDaysBeforeStart, int dueSoonDays) {
    public PlannerSettings {
        requireNotNegative("cardReaderLead", cardReaderLead);
        requireNotNegative("vendorOrderLead", vendorOrderLead);
        requireAtLeast("applicationBusinessDaysBeforeSetup", applicationBusinessDaysBeforeSetup, 0);
        requireAtLeast("setupBusinessDaysBeforeStart", setupBusinessDaysBeforeStart, 1);
        requireAtLeast("dueSoonDays", dueSoonDays, 0);
    }

    /** The 手引き's lead times, with our placeholders where it has none. */
    public static PlannerSettings defaults() {
        return new PlannerSettings(Period.ofMonths(4), Period.ofMonths(1), 5, 5, 14);
    }

    private static void requireNotNegative(String name, Period period) {
        Objects.requireNonNull(period, name);
        if (period.isNegative()) throw new IllegalArgumentException(name + " must not be negative: " + period);
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
    }
}
