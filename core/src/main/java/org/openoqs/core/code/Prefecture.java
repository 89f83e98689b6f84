package org.openoqs.core.code;

import java.util.Optional;

/**
 * 都道府県 with the JIS X 0401 codes used as 都道府県番号 in 保険者番号 and 医療機関コード. Per 別添２ the codes 51–97
 * (primary code + 50) are issued once a prefecture's primary range runs out (reference oqs-rules §1.2), so
 * {@link #fromNumber(int)} accepts both ranges.
 */
public enum Prefecture {
    HOKKAIDO(1, "北海道"), AOMORI(2, "青森県"), IWATE(3, "岩手県"), MIYAGI(4, "宮城県"), AKITA(5, "秋田県"),
    YAMAGATA(6, "山形県"), FUKUSHIMA(7, "福島県"), IBARAKI(8, "茨城県"), TOCHIGI(9, "栃木県"), GUNMA(10, "群馬県"),
    SAITAMA(11, "埼玉県"), CHIBA(12, "千葉県"), TOKYO(13, "東京都"), KANAGAWA(14, "神奈川県"), NIIGATA(15, "新潟県"),
    TOYAMA(16, "富山県"), ISHIKAWA(17, "石川県"), FUKUI(18, "福井県"), YAMANASHI(19, "山梨県"), NAGANO(20, "長野県"),
    GIFU(21, "岐阜県"), SHIZUOKA(22, "静岡県"), AICHI(23, "愛知県"), MIE(24, "三重県"), SHIGA(25, "滋賀県"),
    KYOTO(26, "京都府"), OSAKA(27, "大阪府"), HYOGO(28, "兵庫県"), NARA(29, "奈良県"), WAKAYAMA(30, "和歌山県"),
    TOTTORI(31, "鳥取県"), SHIMANE(32, "島根県"), OKAYAMA(33, "岡山県"), HIROSHIMA(34, "広島県"),
    YAMAGUCHI(35, "山口県"), TOKUSHIMA(36, "徳島県"), KAGAWA(37, "香川県"), EHIME(38, "愛媛県"), KOCHI(39, "高知県"),
    FUKUOKA(40, "福岡県"), SAGA(41, "佐賀県"), NAGASAKI(42, "長崎県"), KUMAMOTO(43, "熊本県"), OITA(44, "大分県"),
    MIYAZAKI(45, "宮崎県"), KAGOSHIMA(46, "鹿児島県"), OKINAWA(47, "沖縄県");

    private final int number;
    private final String label;

    Prefecture(int number, String label) {
        this.number = number;
        this.label = label;
    }

    /** The primary JIS code, 1–47. */
    public int number() { return number; }

    /** The two-digit code as it appears inside numbers, e.g. {@code "01"}. */
    public String code() { return String.format("%02d", number); }

    /** Japanese name, e.g. 東京都. */
    public String label() { return label; }

    /** The prefecture for a 都道府県番号 of 1–47 or its secondary form 51–97. */
    public static Optional<Prefecture> fromNumber(int n) {
        int primary = n > 50 ? n - 50 : n;
        if (primary < 1 || primary > 47) return Optional.empty();
        return Optional.of(BY_NUMBER[primary - 1]);
    }

    /** values() copies the array on every call; every insurer number and 医療機関コード parsed looks one up. */
    private static final Prefecture[] BY_NUMBER = values();
}
