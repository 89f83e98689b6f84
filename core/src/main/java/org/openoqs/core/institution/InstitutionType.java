package org.openoqs.core.institution;

import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * The four kinds of institution that the statistics, the subsidy rules and the card-reader allowance tell apart
 * (oqs-rules §2.1, §5.2): 病院, 医科診療所, 歯科診療所, 薬局. The 医療機関コード's 点数表番号 says 医科, 歯科 or 薬局; whether
 * a 医科 or 歯科 institution is a 病院 (20 beds or more) cannot be read from the code, so the institution says so.
 * A 歯科 hospital counts as 病院, as in the MHLW counts.
 */
public enum InstitutionType {
    HOSPITAL("病院"), MEDICAL_CLINIC("医科診療所"), DENTAL_CLINIC("歯科診療所"), PHARMACY("薬局");

    public static final String FIELD = "InstitutionType";
    private final String label;

    InstitutionType(String label) {
        this.label = label;
    }

    public String label() { return label; }

    /** 病院 or 診療所: the portal's own split (薬局 is neither). */
    public boolean isHospital() { return this == HOSPITAL; }

    public boolean isClinic() { return this == MEDICAL_CLINIC || this == DENTAL_CLINIC; }

    /**
     * The type of the institution with this code; {@code hospital} is the institution's own answer to "病院ですか"
     * and must be false for a 薬局.
     */
    public static InstitutionType of(MedicalInstitutionCode code, boolean hospital) {
        FeeSchedule schedule = code.feeSchedule();
        if (schedule == FeeSchedule.PHARMACY) {
            if (hospital) throw new InvalidValueException(FIELD, code.value(), "a 薬局コード (点数表番号 4) cannot be a 病院");
            return PHARMACY;
        }
        if (hospital) return HOSPITAL;
        return schedule == FeeSchedule.DENTAL ? DENTAL_CLINIC : MEDICAL_CLINIC;
    }

    /** Reads the enum name or the Japanese label (病院, 医科診療所, 歯科診療所, 薬局). */
    public static InstitutionType parse(String raw) {
        String s = raw == null ? "" : raw.strip();
        for (InstitutionType t : values()) {
            if (t.name().equalsIgnoreCase(s) || t.label.equals(s)) return t;
        }
        throw new InvalidValueException(FIELD, raw, "must be one of HOSPITAL/病院, MEDICAL_CLINIC/医科診療所, "
                + "DENTAL_CLINIC/歯科診療所, PHARMACY/薬局");
    }
}
