/**
 * The OQS-related fee additions (診療報酬加算) over time and a revenue simulator (oqs-rules §3): from the 2022-04
 * 電子的保健医療情報活用加算 through 医療情報・システム基盤整備体制充実加算, 医療情報取得加算 and 医療DX推進体制整備加算.
 *
 * <p>The rules are versioned CSV tables in this package's resources ({@code fee-additions.csv},
 * {@code dx-usage-thresholds.csv}), read with {@link org.openoqs.core.fees.FeeRuleTable}; every row carries the
 * reference's confidence (C/S/U) and source. {@link org.openoqs.core.fees.FeeAdditionSimulator} turns an institution's
 * patient mix, card rate and 医療DX facts into a breakdown per addition and yen per day, month and year, reproducing the
 * 2022 leaflet's model cases ({@link org.openoqs.core.fees.LeafletModelCase}) to the yen.
 */
package org.openoqs.core.fees;
