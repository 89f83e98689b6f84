package org.openoqs.central.medical;

/**
 * Whether a 閲覧同意 currently opens this category of a person's information to an institution.
 *
 * <p>Implemented by the consent feature ({@code org.openoqs.central.consent}). Medical information leaves central
 * only while the answer is {@link org.openoqs.core.consent.ConsentState#EFFECTIVE} for the calling institution and
 * that PersonKey; without an implementation every request is refused (see {@link MedicalInformationService}).
 */
public interface MedicalInformationConsent {
    org.openoqs.core.consent.ConsentState stateOf(String institutionCode, String personKey,
                                                  org.openoqs.core.consent.ConsentCategory category);
}
