package org.openoqs.app.generate.medical;

/**
 * A drug of the generator's catalogue with its usual prescription. Codes have the layout of the 12-character
 * 薬価基準収載医薬品コード (薬効分類, 投与経路・成分, 剤形, 規格, 銘柄, check character) but are synthetic, not
 * taken from the official master.
 *
 * @param quantity Qua1 as written: per day for {@link Dosing#DAILY}, per dose for {@link Dosing#AS_NEEDED} and
 *     {@link Dosing#WEEKLY}, the whole amount for {@link Dosing#TOPICAL} [I]
 */
public record CatalogDrug(String code, String name, String ingredient, String unit, Dosing dosing, String quantity,
                          String usage, String instruction) {

    /** How Qua1 and Times read for the drug [I]. */
    public enum Dosing {
        /** 内服: Qua1 per day, Times days. */
        DAILY,
        /** 頓用: Qua1 per dose, Times doses. */
        AS_NEEDED,
        /** Once a week: Qua1 per dose, Times weeks. */
        WEEKLY,
        /** 外用: Qua1 the amount handed out, Times 1. */
        TOPICAL
    }

    /** Times for a prescription covering {@code days} days. */
    public int times(int days) {
        return switch (dosing) {
            case DAILY -> days;
            case AS_NEEDED -> Math.max(3, Math.min(10, days));
            case WEEKLY -> Math.max(1, days / 7);
            case TOPICAL -> 1;
        };
    }
}
