/**
 * The オンライン資格確認 subsidy as the portal computes it (oqs-rules §2, §1.8): the grant is the lesser of 総事業費 ×
 * 補助率 and the 補助限度額, by institution category and card-reader count, raised by the special top-ups according
 * to the card-reader order date, and refused past the deadlines.
 *
 * <p>Rules, deadlines and the card-reader catalogue are versioned CSV tables ({@code subsidy-rules.csv},
 * {@code subsidy-deadlines.csv}, {@code card-reader-products.csv} in this package's resources), so that a new
 * programme is new data: {@link org.openoqs.core.subsidy.SubsidyRuleTable#read} loads another set. Every row carries
 * the reference's confidence (C/S/U); facts the reference marks unknown have no row, only a comment saying why.
 *
 * <p>Entry points: {@link org.openoqs.core.subsidy.SubsidyCalculator#decide} and
 * {@link org.openoqs.core.subsidy.CardReaderTerms}.
 */
package org.openoqs.core.subsidy;
