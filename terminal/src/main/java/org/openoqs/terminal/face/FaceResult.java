package org.openoqs.terminal.face;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.core.code.VerificationMethod;
import org.openoqs.core.consent.ConsentCategory;

/**
 * What staff need to know about one card-reader result (an {@code OQSsiquc01res} face file), read tolerantly by
 * {@link FaceResultReader}. Values are the raw OQS strings; labels are made by the pages.
 *
 * @param file the face file it was written to
 * @param verificationMethod how the patient was verified at this kiosk; null for files found on disk at start-up
 *     (the result file does not say)
 * @param header the result's MessageHeader values
 * @param processingResultStatus OQSCD004
 * @param qualificationValidity OQSCD006
 * @param persons one entry per ResultOfQualificationConfirmation (more than one means 複数該当)
 */
public record FaceResult(FaceFileName file, VerificationMethod verificationMethod, Header header,
                         String processingResultStatus, String processingResultCode, String processingResultMessage,
                         String qualificationValidity, String prescriptionIssueSelect, List<Person> persons) {

    public FaceResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(header, "header");
        persons = List.copyOf(persons);
    }

    /** The 20-character id of the face file: the key staff pages use for a result. */
    public String id() {
        return file.id();
    }

    /** True when central refused the confirmation (SegmentOfResult other than 1). */
    public boolean refused() {
        return !"1".equals(header.segmentOfResult());
    }

    /** The person when there is exactly one; a 複数該当 or refused result has none to open. */
    public Optional<Person> singlePerson() {
        return persons.size() == 1 ? Optional.of(persons.get(0)) : Optional.empty();
    }

    /** MessageHeader values. */
    public record Header(String processExecutionTime, String qualificationConfirmationDate,
                         String medicalInstitutionCode, String arbitraryFileIdentifier,
                         String referenceClassification, String segmentOfResult, String errorCode,
                         String errorMessage, String characterCodeIdentifier) {
    }

    /** One ResultOfQualificationConfirmation. */
    public record Person(String name, String nameKana, String birthdate, String sex1, String insurerNumber,
                         String insurerName, String insuredCardSymbol, String insuredIdentificationNumber,
                         String insuredBranchNumber, String contributionRatio, String referenceNumber,
                         Map<ConsentCategory, Consent> consents) {

        public Person {
            consents = Map.copyOf(consents);
        }

        /** The recorded consent of a category, {@link Consent#NONE} when the result carries none. */
        public Consent consent(ConsentCategory category) {
            return consents.getOrDefault(category, Consent.NONE);
        }
    }

    /**
     * One consent as the result reports it.
     *
     * @param flag OQSCD016 ({@code 1} given) or OQSCD001 for 限度額; null when absent
     * @param consTime yyyyMMddHHmmss
     * @param availableTime yyyyMMddHHmmss; absent for 提供同意 and for consents that last until withdrawn
     *     (入院, 訪問診療 [C] rules §6.4)
     */
    public record Consent(String flag, String consTime, String availableTime) {

        public static final Consent NONE = new Consent(null, null, null);

        public boolean given() {
            return "1".equals(flag);
        }

        /**
         * Whether the consent opens information at {@code now}: given, and its AvailableTime (if any) not yet
         * passed. An AvailableTime that cannot be read counts as passed, so a garbled file never opens anything.
         */
        public boolean effectiveAt(LocalDateTime now) {
            if (!given()) {
                return false;
            }
            if (availableTime == null || availableTime.isBlank()) {
                return true;
            }
            return OqsTimes.parse(availableTime).map(now::isBefore).orElse(false);
        }
    }
}
