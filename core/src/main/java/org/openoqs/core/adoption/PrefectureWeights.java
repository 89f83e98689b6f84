package org.openoqs.core.adoption;

import java.util.EnumMap;
import java.util.Map;
import org.openoqs.core.code.Prefecture;

/**
 * How a national count of institutions is shared among the prefectures: in proportion to population. The table is the
 * 2020 census population in units of 10,000, rounded — [S] approximate, and only a proxy: institutions per head vary
 * between prefectures (more hospitals per head in the west, more pharmacies in cities), which the generator does not
 * model. Counts are split by largest remainder, so they add up exactly.
 */
public final class PrefectureWeights {
    private static final Map<Prefecture, Integer> POPULATION_10K = new EnumMap<>(Prefecture.class);

    static {
        int[] tenThousands = {522, 124, 121, 230, 96, 107, 183, 287, 193, 194, 734, 628, 1405, 924, 220, 103, 113, 77,
                81, 205, 198, 363, 754, 177, 141, 258, 884, 547, 132, 92, 55, 67, 189, 280, 134, 72, 95, 133, 69, 514,
                81, 131, 174, 112, 107, 159, 147};
        for (Prefecture p : Prefecture.values()) POPULATION_10K.put(p, tenThousands[p.ordinal()]);
    }

    private PrefectureWeights() {}

    /** Approximate population in units of 10,000 ([S] 2020 census, rounded). */
    public static int population10k(Prefecture prefecture) {
        return POPULATION_10K.get(prefecture);
    }

    /** Share 0–1 of the national population. */
    public static double share(Prefecture prefecture) {
        return (double) population10k(prefecture) / totalPopulation10k();
    }

    /** {@code total} split in proportion to population; the parts add up to {@code total} exactly. */
    public static int[] apportion(int total) {
        Prefecture[] prefectures = Prefecture.values();
        int[] parts = new int[prefectures.length];
        double[] remainders = new double[prefectures.length];
        int given = 0;
        for (int i = 0; i < prefectures.length; i++) {
            double exact = total * share(prefectures[i]);
            parts[i] = (int) Math.floor(exact);
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

    private static int totalPopulation10k() {
        int sum = 0;
        for (int v : POPULATION_10K.values()) sum += v;
        return sum;
    }
}
