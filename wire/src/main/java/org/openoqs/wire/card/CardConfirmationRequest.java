package org.openoqs.wire.card;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * What the terminal sends central after the patient was verified at the card reader and chose consents
 * (照会区分 1). OpenOQS's own JSON message [I]; central answers with an OQSsiquc01res.
 *
 * @param medicalInstitutionCode claimed code; under mutual TLS central uses the certificate's code instead
 * @param arbitraryFileIdentifier terminal-generated identifier echoed in the result (face files)
 * @param challengeId from {@link CardChallenge}
 * @param certificate the card's 利用者証明用電子証明書, Base64 of DER
 * @param signature Base64 SHA256withRSA signature of the challenge bytes; absent for 目視確認 (the card cannot sign
 *     without PIN or face match, so staff vouch for the holder and central checks the certificate only)
 * @param verificationMethod {@code org.openoqs.core.code.VerificationMethod} code: 1 face, 2 PIN, 3 目視
 * @param staffId the terminal's 管理アカウント that performed 目視確認 (for the audit trail)
 * @param careSetting {@code org.openoqs.core.consent.CareSetting} name, e.g. OUTPATIENT; decides AvailableTime
 * @param consents element name ({@code PharmacistsInfoConsFlg}, …) to {@code 0}/{@code 1}
 * @param prescriptionIssueSelect OQSCD017, when the patient was asked
 * @param qualificationConfirmationDate yyyyMMdd; today when absent
 */
@JsonNaming(PropertyNamingStrategies.UpperCamelCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardConfirmationRequest(String medicalInstitutionCode, String arbitraryFileIdentifier, String challengeId,
                                      String certificate, String signature, String verificationMethod, String staffId,
                                      String careSetting, Map<String, String> consents, String prescriptionIssueSelect,
                                      String qualificationConfirmationDate) {
}
