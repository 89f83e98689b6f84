package org.openoqs.app.generate.medical;

import java.util.List;
import java.util.SplittableRandom;
import org.openoqs.core.code.Sex;

/**
 * Long-term conditions treated with regular prescriptions, with a rough prevalence by age and sex (of the order of
 * Japan's 患者調査 and 国民健康・栄養調査 figures; shaped for plausibility, not for statistics) and the usual regimens,
 * one of which a patient is on.
 */
public enum ChronicCondition {
    HYPERTENSION(new double[] {0.01, 0.10, 0.22, 0.36, 0.46, 0.55}, 1.1, 1.0,
            List.of(List.of("amlodipine"), List.of("olmesartan"), List.of("telmisartan"), List.of("candesartan"),
                    List.of("amlodipine", "olmesartan"))),
    DYSLIPIDAEMIA(new double[] {0.01, 0.06, 0.15, 0.22, 0.25, 0.24}, 0.9, 1.2,
            List.of(List.of("atorvastatin"), List.of("rosuvastatin"), List.of("rosuvastatin", "ezetimibe"))),
    DIABETES(new double[] {0.003, 0.03, 0.07, 0.12, 0.15, 0.15}, 1.4, 0.7,
            List.of(List.of("metformin"), List.of("sitagliptin"), List.of("metformin", "sitagliptin"),
                    List.of("metformin", "dapagliflozin"))),
    REFLUX(new double[] {0.01, 0.04, 0.06, 0.09, 0.12, 0.14}, 1.0, 1.0,
            List.of(List.of("lansoprazole"), List.of("famotidine"))),
    INSOMNIA(new double[] {0.01, 0.03, 0.04, 0.07, 0.10, 0.13}, 0.8, 1.2, List.of(List.of("zolpidem"), List.of("brotizolam"))),
    OSTEOPOROSIS(new double[] {0, 0, 0.01, 0.06, 0.14, 0.22}, 0.1, 1.9,
            List.of(List.of("alendronate"), List.of("eldecalcitol"), List.of("alendronate", "eldecalcitol"))),
    PROSTATE(new double[] {0, 0, 0.03, 0.12, 0.20, 0.24}, 2.0, 0, List.of(List.of("tamsulosin"))),
    CONSTIPATION(new double[] {0.005, 0.01, 0.02, 0.05, 0.10, 0.18}, 0.8, 1.2, List.of(List.of("magnesium"))),
    GOUT(new double[] {0.01, 0.04, 0.05, 0.05, 0.05, 0.04}, 1.9, 0.1, List.of(List.of("febuxostat"))),
    ATRIAL_FIBRILLATION(new double[] {0, 0, 0.005, 0.02, 0.05, 0.08}, 1.3, 0.7, List.of(List.of("edoxaban"))),
    ISCHAEMIC_HEART(new double[] {0, 0.005, 0.01, 0.03, 0.05, 0.07}, 1.5, 0.5, List.of(List.of("aspirin", "lansoprazole"))),
    ASTHMA(new double[] {0.03, 0.03, 0.03, 0.03, 0.03, 0.03}, 1.0, 1.0, List.of(List.of("montelukast")));

    /** Prevalence bands start at these ages: 0, 40, 50, 60, 70, 80. */
    private static final int[] BAND_START = {0, 40, 50, 60, 70, 80};

    private final double[] prevalence;
    private final double maleFactor;
    private final double femaleFactor;
    private final List<List<String>> regimens;

    ChronicCondition(double[] prevalence, double maleFactor, double femaleFactor, List<List<String>> regimens) {
        this.prevalence = prevalence;
        this.maleFactor = maleFactor;
        this.femaleFactor = femaleFactor;
        this.regimens = regimens;
    }

    /** The share of people of this age and sex on treatment. */
    public double prevalence(int age, Sex sex) {
        int band = 0;
        while (band + 1 < BAND_START.length && age >= BAND_START[band + 1]) band++;
        double factor = sex == Sex.MALE ? maleFactor : sex == Sex.FEMALE ? femaleFactor : 1;
        return Math.min(0.9, prevalence[band] * factor);
    }

    /** The drugs of one regimen, drawn from this condition's usual ones. */
    public List<CatalogDrug> pickRegimen(SplittableRandom random) {
        return regimens.get(random.nextInt(regimens.size())).stream().map(DrugCatalog::get).toList();
    }
}
