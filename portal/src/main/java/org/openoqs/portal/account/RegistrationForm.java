package org.openoqs.portal.account;

/**
 * The アカウント登録 form as typed. {@code hospital} answers 病院ですか (20 beds or more); {@code largeChainPharmacy}
 * answers whether a 薬局 belongs to a group with 40,000 or more prescriptions a month (大型チェーン薬局, oqs-rules §2.1).
 */
public record RegistrationForm(String medicalInstitutionCode, String institutionName, Boolean hospital,
                               Boolean largeChainPharmacy, String email, String password, String passwordConfirmation) {

    /** An unticked checkbox is not sent at all: absent means no. */
    public RegistrationForm {
        hospital = Boolean.TRUE.equals(hospital);
        largeChainPharmacy = Boolean.TRUE.equals(largeChainPharmacy);
    }

    public static RegistrationForm empty() {
        return new RegistrationForm("", "", false, false, "", "", "");
    }
}
