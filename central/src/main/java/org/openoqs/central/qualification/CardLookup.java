package org.openoqs.central.qualification;

import java.time.LocalDate;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.QualificationRecord;

/**
 * The key of the 照会区分 2 card lookup: 保険者番号, 被保険者証番号 and 生年月日 (any 記号 and 枝番), compared exactly
 * as the store compares them. The confirmation cache and the coalesced lookup key on it.
 */
public record CardLookup(InsurerNumber insurerNumber, String identificationNumber, LocalDate birthdate) {

    /** The lookup this record answers. */
    public static CardLookup of(QualificationRecord r) {
        return new CardLookup(r.insurerNumber(), r.card().identificationNumber(), r.birthdate());
    }
}
