package org.openoqs.app.generate.medical;

import java.time.Month;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Short illnesses treated with a few days of medicine: the prescription, its length, the seasons it peaks in and
 * whether it fits a child (under 12 gets powders, syrups and tapes rather than adult tablets).
 */
public enum AcuteEpisode {
    COLD(5, 30, Season.WINTER, List.of(List.of("acetaminophen", "carbocisteine", "dextromethorphan"),
            List.of("acetaminophen", "carbocisteine", "tranexamic")),
            List.of(List.of("acetaminophenPowder", "carbocisteineSyrup"), List.of("carbocisteineSyrup", "tulobuterolTape"))),
    BACTERIAL(7, 14, Season.WINTER, List.of(List.of("amoxicillin"), List.of("clarithromycin"), List.of("levofloxacin"),
            List.of("cefcapene", "acetaminophen")),
            List.of(List.of("amoxicillinPowder", "acetaminophenPowder"))),
    PAIN(7, 22, Season.ALL_YEAR, List.of(List.of("loxoprofen", "rebamipide"), List.of("loxoprofenTape"),
            List.of("celecoxib", "loxoprofenTape"), List.of("loxoprofenPrn")), List.of()),
    HAY_FEVER(28, 14, Season.SPRING, List.of(List.of("fexofenadine"), List.of("olopatadine"), List.of("bilastine")),
            List.of()),
    GASTROENTERITIS(5, 10, Season.WINTER, List.of(List.of("domperidone", "butyrate")), List.of(List.of("butyrate"))),
    ECZEMA(14, 10, Season.ALL_YEAR, List.of(List.of("heparinoid"), List.of("betamethasone", "heparinoid")),
            List.of(List.of("heparinoid")));

    /** When an episode is likelier. */
    enum Season {
        WINTER, SPRING, ALL_YEAR;

        /** A month's weight in this season's yearly pattern. */
        double weight(Month month) {
            return switch (this) {
                case WINTER -> switch (month) {
                    case DECEMBER, JANUARY, FEBRUARY -> 3;
                    case NOVEMBER, MARCH -> 2;
                    default -> 0.7;
                };
                case SPRING -> switch (month) {
                    case FEBRUARY, MARCH, APRIL -> 4;
                    case MAY -> 1;
                    default -> 0.1;
                };
                case ALL_YEAR -> 1;
            };
        }
    }

    private final int days;
    private final int weight;
    private final Season season;
    private final List<List<String>> adult;
    private final List<List<String>> child;

    AcuteEpisode(int days, int weight, Season season, List<List<String>> adult, List<List<String>> child) {
        this.days = days;
        this.weight = weight;
        this.season = season;
        this.adult = adult;
        this.child = child;
    }

    /** Days the prescription covers. */
    public int days() { return days; }

    /** How common the episode is in {@code month}, relative to the others; 0 when it does not occur at this age. */
    public double weight(Month month, boolean isChild) {
        if (isChild && child.isEmpty()) return 0;
        return weight * season.weight(month);
    }

    public List<CatalogDrug> pickPrescription(SplittableRandom random, boolean isChild) {
        List<List<String>> options = isChild ? child : adult;
        return options.get(random.nextInt(options.size())).stream().map(DrugCatalog::get).toList();
    }
}
