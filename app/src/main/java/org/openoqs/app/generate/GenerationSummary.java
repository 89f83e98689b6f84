package org.openoqs.app.generate;

/**
 * What a generation run produced.
 *
 * @param persons      distinct PersonKeys
 * @param households   households and 後期高齢 persons or couples generated
 * @param rows         data rows written (job changers have two)
 * @param jobChanges   employees whose old qualification closed with ReasonOfLoss 03 and a new one began
 * @param deaths       persons whose qualification closed with ReasonOfLoss 01
 * @param twinPairs    households with two children born on the same day
 * @param kokiKorei    persons insured under 後期高齢者医療
 */
public record GenerationSummary(long persons, long households, long rows, long jobChanges, long deaths,
                                long twinPairs, long kokiKorei) {}
