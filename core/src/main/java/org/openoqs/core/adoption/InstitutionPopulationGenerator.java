package org.openoqs.core.adoption;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.CheckDigit;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * A synthetic national population of institutions with adoption histories, deterministic for a seed and calibrated to
 * {@link AdoptionCalibration}:
 * <ul>
 *   <li>Counts by type are the [C] 2023-02-19 counts scaled to {@code count} (exact at 229,717), split among the
 *       prefectures by {@link PrefectureWeights}; the non-mandated share of each type is as in
 *       {@link AdoptionCalibration#NON_MANDATED}.</li>
 *   <li>Each prefecture has an adoption lead or lag (a normal effect with spread {@link #PREFECTURE_SPREAD}, centred on
 *       the nation; 山梨 is held at the national pace, matching the letter's 約3割 in autumn 2022). Within a type the
 *       mandated institutions are ranked nationally by their prefecture's effect plus their own noise, and the rank
 *       becomes the quantile at which they cross every stage's curve. So the national share of every type and stage
 *       follows the curve exactly (to one institution), whatever the prefecture variation; the stages of one
 *       institution come in order because the curves are nested.</li>
 *   <li>医療機関コード are valid and unique: the prefecture's 都道府県番号, 点数表番号 1 (病院 and 医科診療所; 歯科病院
 *       are not generated), 3 or 4, a 郡市区番号 01–89, a 医療機関番号 in the type's range (医科 1000–2999, 歯科
 *       3000–3999, 薬局 4000–4999) never containing the 欠番 "90" in its middle or last two digits ([C] oqs-rules
 *       §1.4), and the check digit.</li>
 * </ul>
 */
public final class InstitutionPopulationGenerator {
    /** [C] Institutions on 2023-02-19. */
    public static final int NATIONAL_COUNT = 229_717;
    /** Beyond this the 医療機関番号 ranges of a large prefecture would run short. */
    public static final int MAX_COUNT = 1_000_000;
    /** Standard deviation of the prefecture effect, in units of one institution's own spread. */
    public static final double PREFECTURE_SPREAD = 0.25;
    private static final int DISTRICTS = 89;
    private final long seed;
    private final AdoptionCalibration calibration = AdoptionCalibration.national();

    public InstitutionPopulationGenerator(long seed) {
        this.seed = seed;
    }

    /** {@code count} institutions, sorted by 医療機関等コード. */
    public List<InstitutionAdoption> generate(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be 1–" + MAX_COUNT + ", not " + count);
        }
        Map<Prefecture, Double> effects = prefectureEffects();
        Random order = new Random(seed);
        Random names = new Random(seed * 31 + 7);
        CodeAllocator codes = new CodeAllocator(new Random(seed * 31 + 11));
        int[] typeCounts = apportion(count, AdoptionCalibration.REFERENCE_COUNTS);
        List<InstitutionAdoption> population = new ArrayList<>(count);
        for (InstitutionType type : InstitutionType.values()) {
            int total = typeCounts[type.ordinal()];
            int exempt = (int) Math.round((double) total * AdoptionCalibration.NON_MANDATED[type.ordinal()]
                    / AdoptionCalibration.REFERENCE_COUNTS[type.ordinal()]);
            List<Slot> slots = slots(type, total, effects, order);
            Collections.shuffle(slots, order);
            List<Slot> nonMandated = slots.subList(0, exempt);
            List<Slot> mandated = new ArrayList<>(slots.subList(exempt, total));
            mandated.sort(Comparator.comparingDouble(Slot::score).reversed());
            addRanked(population, mandated, true, codes, names);
            addRanked(population, nonMandated, false, codes, names);
        }
        population.sort(Comparator.comparing(a -> a.medicalInstitutionCode().value()));
        return population;
    }

    /** The effect of each prefecture on its institutions' pace, weighted mean 0; 山梨 at 0. */
    Map<Prefecture, Double> prefectureEffects() {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Map<Prefecture, Double> effects = new EnumMap<>(Prefecture.class);
        double mean = 0;
        for (Prefecture p : Prefecture.values()) {
            double effect = random.nextGaussian() * PREFECTURE_SPREAD;
            effects.put(p, effect);
            mean += effect * PrefectureWeights.share(p);
        }
        for (Prefecture p : Prefecture.values()) effects.put(p, effects.get(p) - mean);
        effects.put(Prefecture.YAMANASHI, 0.0);
        return effects;
    }

    private record Slot(Prefecture prefecture, InstitutionType type, double score) {}

    private static List<Slot> slots(InstitutionType type, int total, Map<Prefecture, Double> effects, Random random) {
        int[] byPrefecture = PrefectureWeights.apportion(total);
        List<Slot> slots = new ArrayList<>(total);
        for (Prefecture p : Prefecture.values()) {
            for (int i = 0; i < byPrefecture[p.ordinal()]; i++) {
                slots.add(new Slot(p, type, effects.get(p) + random.nextGaussian()));
            }
        }
        return slots;
    }

    /** The i-th of n institutions (earliest first) crosses every curve at quantile (i + ½) / n. */
    private void addRanked(List<InstitutionAdoption> population, List<Slot> ranked, boolean mandated,
                           CodeAllocator codes, Random names) {
        int n = ranked.size();
        for (int i = 0; i < n; i++) {
            Slot slot = ranked.get(i);
            double quantile = (i + 0.5) / n;
            LocalDate[] dates = new LocalDate[4];
            AdoptionStage[] stages = AdoptionStage.milestones();
            for (int s = 0; s < stages.length; s++) {
                dates[s] = calibration.firstDay(slot.type(), mandated, stages[s], quantile);
            }
            population.add(new InstitutionAdoption(codes.next(slot.prefecture(), slot.type()), slot.prefecture(),
                    slot.type(), InstitutionNames.next(names, slot.type()), mandated, dates[0], dates[1], dates[2], dates[3]));
        }
    }

    /** {@code total} split in proportion to {@code weights} by largest remainder. */
    static int[] apportion(int total, int[] weights) {
        long sum = 0;
        for (int w : weights) sum += w;
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            parts[i] = (int) exact;
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (int left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) if (remainders[i] > remainders[best]) best = i;
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    /** Unique 医療機関コード per prefecture and 点数表番号, drawn at random from the permitted numbers. */
    static final class CodeAllocator {
        private final Random random;
        private final Map<String, Set<Integer>> used = new java.util.HashMap<>();

        CodeAllocator(Random random) {
            this.random = random;
        }

        MedicalInstitutionCode next(Prefecture prefecture, InstitutionType type) {
            FeeSchedule schedule = switch (type) {
                case HOSPITAL, MEDICAL_CLINIC -> FeeSchedule.MEDICAL;
                case DENTAL_CLINIC -> FeeSchedule.DENTAL;
                case PHARMACY -> FeeSchedule.PHARMACY;
            };
            int first = switch (schedule) {
                case MEDICAL -> 1000;
                case DENTAL -> 3000;
                case PHARMACY -> 4000;
            };
            int size = schedule == FeeSchedule.MEDICAL ? 2000 : 1000;
            Set<Integer> taken = used.computeIfAbsent(prefecture.code() + schedule.digit(), k -> new HashSet<>());
            while (true) {
                int district = 1 + random.nextInt(DISTRICTS);
                int number = first + random.nextInt(size);
                if (isMissingNumber(number) || !taken.add(district * 10_000 + number)) continue;
                String body = prefecture.code() + schedule.digit() + String.format("%02d%04d", district, number);
                return new MedicalInstitutionCode(CheckDigit.append(body));
            }
        }

        /** 欠番: a 医療機関番号 whose middle two or last two digits are "90" is never issued ([C] §1.4). */
        static boolean isMissingNumber(int number) {
            return (number / 10) % 100 == 90 || number % 100 == 90;
        }
    }
}
