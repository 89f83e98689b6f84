package org.openoqs.app.generate;

import java.util.SplittableRandom;

/** Draws an index with probability proportional to its weight, from the generator's own random source. */
final class WeightedChoice {
    private WeightedChoice() {}

    static int pick(int[] weights, SplittableRandom random) {
        int total = 0;
        for (int w : weights) total += w;
        int ticket = random.nextInt(total);
        int i = 0;
        while (ticket >= weights[i]) ticket -= weights[i++];
        return i;
    }
}
