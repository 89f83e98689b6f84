package org.openoqs.core.code;

/** OQSCD012 限度額適用認定証適用区分: A codes under 70, B codes 70 and over. */
public enum LimitApplicationCertificateClassificationFlag implements OqsCode {
    A01("A01", "ア"),
    A02("A02", "イ"),
    A03("A03", "ウ"),
    A04("A04", "エ"),
    A05("A05", "オ"),
    A06("A06", "オ（境）"),
    B01("B01", "現役並みⅢ"),
    B02("B02", "現役並みⅡ"),
    B03("B03", "現役並みⅠ"),
    B04("B04", "一般"),
    B05("B05", "低所得Ⅱ"),
    B06("B06", "低所得Ⅰ"),
    B07("B07", "低所得Ⅰ（老福）"),
    B08("B08", "低所得Ⅰ（境）"),
    B09("B09", "一般Ⅱ"),
    B10("B10", "一般Ⅰ");

    private final String code;
    private final String label;

    LimitApplicationCertificateClassificationFlag(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
