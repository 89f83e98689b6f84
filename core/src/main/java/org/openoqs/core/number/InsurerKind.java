package org.openoqs.core.number;

/** The kind of insurer, read off the 法別番号 (or the 6-digit 国保 form). Reference oqs-rules §1.2. */
public enum InsurerKind {
    KYOKAI_KENPO("協会けんぽ"), SEAMEN("船員保険"), DAY_LABOURER("日雇特例"), HEALTH_INSURANCE_SOCIETY("組合健保"),
    SELF_DEFENSE("自衛官等"), MUTUAL_AID("共済組合"), LATE_ELDERLY("後期高齢者医療"),
    SPECIAL_RETIRED("特例退職"), NATIONAL_HEALTH_INSURANCE_RETIRED("国保退職者"),
    NATIONAL_HEALTH_INSURANCE("市町村国保"), NATIONAL_HEALTH_INSURANCE_SOCIETY("国保組合"), OTHER("その他");

    private final String label;

    InsurerKind(String label) { this.label = label; }

    public String label() { return label; }

    static InsurerKind ofHoubetsu(int houbetsu) {
        return switch (houbetsu) {
            case 1 -> KYOKAI_KENPO;
            case 2 -> SEAMEN;
            case 3, 4 -> DAY_LABOURER;
            case 6 -> HEALTH_INSURANCE_SOCIETY;
            case 7 -> SELF_DEFENSE;
            case 31, 32, 33, 34 -> MUTUAL_AID;
            case 39 -> LATE_ELDERLY;
            case 63, 72, 73, 74, 75 -> SPECIAL_RETIRED;
            case 67 -> NATIONAL_HEALTH_INSURANCE_RETIRED;
            default -> OTHER;
        };
    }
}
