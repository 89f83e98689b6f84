package org.openoqs.portal.application;

/**
 * The オンライン資格確認利用申請 form as typed: 回線種別, the carrier of an IP-VPN line, お客さまID, 利用開始予定年月 and
 * 運用テスト開始予定年月 (both {@code yyyy-MM}, optional while undecided), and whether オンライン請求 is applied for at the
 * same time.
 */
public record UsageApplicationForm(String lineType, String lineCarrier, String customerId, String plannedStartMonth,
                                   String plannedTestMonth, Boolean onlineClaims) {

    /** An unticked checkbox is not sent at all: absent means no. */
    public UsageApplicationForm {
        onlineClaims = Boolean.TRUE.equals(onlineClaims);
    }

    public static UsageApplicationForm empty() {
        return new UsageApplicationForm("IP_VPN", "NTT_FLETS", "", "", "", false);
    }
}
