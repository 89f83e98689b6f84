package org.openoqs.core.medical;

import org.openoqs.core.code.OqsCode;

/**
 * 院内・院外の別 of a month's dispensing (element {@code InOut} of YZK results, reference oqs-interface §2.7). The
 * element is confirmed [C] but its code values are not public: {@code 1} 院内 (dispensed by the institution that
 * prescribed) and {@code 2} 院外 (dispensed by a pharmacy on a prescription) are OpenOQS's reading [I]. No OQSCD table
 * is known for it.
 */
public enum InOut implements OqsCode {
    IN_HOUSE("1", "院内"),
    OUTSIDE("2", "院外");

    private final String code;
    private final String label;

    InOut(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override public String code() { return code; }

    @Override public String label() { return label; }
}
