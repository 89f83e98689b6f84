package org.openoqs.app.generate;

/** The kinds of insurer the generator produces, with the 法別番号 that begins their 8-digit numbers. */
public enum InsurerKind {
    /** 協会けんぽ (全国健康保険協会), one 支部 per prefecture. */
    KYOKAI_KENPO("01"),
    /** 組合健保 (健康保険組合). */
    KUMIAI_KENPO("06"),
    /** 共済組合 (法別 31 国家公務員, 32 地方公務員, 33 警察, 34 公立学校). */
    KYOSAI("3x"),
    /** 市町村国保: 6-digit number, no 法別番号. */
    SHICHOSON_KOKUHO(""),
    /** 国保組合: 6-digit number whose 保険者別番号 starts with 3. */
    KOKUHO_KUMIAI(""),
    /** 後期高齢者医療広域連合. */
    KOKI_KOREI("39");

    private final String houbetsu;

    InsurerKind(String houbetsu) {
        this.houbetsu = houbetsu;
    }

    /** The 法別番号, "3x" for the 共済 family, empty for 国保 (6-digit numbers). */
    public String houbetsu() { return houbetsu; }

    /** 被用者保険: members are employees (本人) and their dependants (家族). */
    public boolean isEmployeeInsurance() {
        return this == KYOKAI_KENPO || this == KUMIAI_KENPO || this == KYOSAI;
    }

    /** 国民健康保険: every household member is a 被保険者. */
    public boolean isKokuho() {
        return this == SHICHOSON_KOKUHO || this == KOKUHO_KUMIAI;
    }
}
