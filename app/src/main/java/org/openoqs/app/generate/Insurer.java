package org.openoqs.app.generate;

import org.openoqs.core.code.Prefecture;

/**
 * One insurer of the catalogue.
 *
 * @param index      position in {@link InsurerCatalog#all()}, used to keep per-insurer counters in arrays
 * @param number     保険者番号 with a valid 検証番号: 8 digits, or 6 digits for 国保
 * @param name       保険者名称, e.g. 全国健康保険協会東京支部
 * @param kind       the kind of insurer
 * @param prefecture the prefecture inside the number
 */
public record Insurer(int index, String number, String name, InsurerKind kind, Prefecture prefecture) {}
