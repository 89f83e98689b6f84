package org.openoqs.core.adoption;

import java.time.LocalDate;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.CheckDigit;
import org.openoqs.core.number.MedicalInstitutionCode;

/** Hand-made institutions for the adoption tests. */
final class Institutions {
    private Institutions() {}

    static MedicalInstitutionCode code(Prefecture prefecture, InstitutionType type, int number) {
        char schedule = switch (type) {
            case HOSPITAL, MEDICAL_CLINIC -> '1';
            case DENTAL_CLINIC -> '3';
            case PHARMACY -> '4';
        };
        int base = schedule == '1' ? 1000 : schedule == '3' ? 3000 : 4000;
        return new MedicalInstitutionCode(CheckDigit.append(prefecture.code() + schedule + "01" + (base + number)));
    }

    /** Dates as "yyyy-MM-dd" or null, in stage order. */
    static InstitutionAdoption of(Prefecture prefecture, InstitutionType type, int number, boolean mandated,
                                  String... dates) {
        LocalDate[] d = new LocalDate[4];
        for (int i = 0; i < dates.length; i++) d[i] = dates[i] == null ? null : LocalDate.parse(dates[i]);
        return new InstitutionAdoption(code(prefecture, type, number), prefecture, type, "テスト" + type.label() + number,
                mandated, d[0], d[1], d[2], d[3]);
    }
}
