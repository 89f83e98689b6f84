package org.openoqs.portal.faq;

import java.util.Arrays;
import java.util.Optional;

/** The FAQ's categories, in the order the FAQ page shows them; {@code faq.csv} names them by their Japanese label. */
public enum FaqCategory {
    ONBOARDING("導入の流れ", "onboarding"),
    PORTAL_ACCOUNT("ポータル・アカウント", "portal-account"),
    CARD_READER("顔認証付きカードリーダー", "card-reader"),
    NETWORK("回線・ネットワーク", "network"),
    CERTIFICATE("電子証明書", "certificate"),
    SUBSIDY("補助金", "subsidy"),
    FEE_ADDITION("診療報酬加算", "fee-addition"),
    CONSENT("同意・閲覧できる情報", "consent"),
    SECURITY("セキュリティ", "security"),
    TROUBLE("トラブル・問い合わせ", "trouble"),
    GO_LIVE("運用開始", "go-live");

    private final String label;
    private final String anchor;

    FaqCategory(String label, String anchor) {
        this.label = label;
        this.anchor = anchor;
    }

    public String label() {
        return label;
    }

    /** The fragment id of the category's section on {@code /faq} (ASCII, so links survive any encoding). */
    public String anchor() {
        return anchor;
    }

    public static Optional<FaqCategory> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
