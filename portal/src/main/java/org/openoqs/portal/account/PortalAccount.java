package org.openoqs.portal.account;

import java.time.LocalDateTime;
import org.openoqs.core.institution.InstitutionType;

/** An institution's portal account: one per 医療機関等コード, one e-mail address per account. */
public record PortalAccount(String medicalInstitutionCode, String email, String institutionName,
                            InstitutionType institutionType, boolean largeChainPharmacy, LocalDateTime createdAt) {
}
