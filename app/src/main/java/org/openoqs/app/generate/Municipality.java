package org.openoqs.app.generate;

import org.openoqs.core.code.Prefecture;

/**
 * A municipality (市区町村) the generator can place people in.
 *
 * @param prefecture     its prefecture
 * @param name           e.g. 千代田区, 札幌市
 * @param localCode      the three digits after the prefecture in the JIS municipality code (101 for 千代田区); it is
 *                       also the 保険者別番号 of the municipality's 国保, as 千代田区 13101 → 131011 (oqs-rules §1.1)
 * @param postcodePrefix the first three digits of its postcodes
 * @param population     rough population in thousands, used as a sampling weight
 */
public record Municipality(Prefecture prefecture, String name, String localCode, String postcodePrefix,
                           int population) {

    /** The name without its 市/区/町/村 suffix, used in kanji card symbols such as {@code 千代田12}. */
    public String shortName() {
        return name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
