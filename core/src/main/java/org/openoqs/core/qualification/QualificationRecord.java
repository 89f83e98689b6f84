package org.openoqs.core.qualification;

import java.time.LocalDate;
import java.util.Objects;
import org.openoqs.core.code.InsuredCardClassification;
import org.openoqs.core.code.PersonalFamilyClassification;
import org.openoqs.core.code.PreschoolClassification;
import org.openoqs.core.code.ReasonOfLoss;
import org.openoqs.core.code.Sex;
import org.openoqs.core.number.InsurerNumber;

/**
 * One qualification (資格) of one person at one insurer, as the insurer registered it. A person who changes jobs has
 * two records under the same {@code personKey}: the old one closed by a {@code disqualificationDate}, the new one at
 * the new insurer. {@code personKey} is the insurer side's opaque person identifier — never a My Number.
 * <p>
 * A record is identified by {@link #key()}: insurer, person and 資格取得年月日. A later intake with the same key
 * corrects or closes it.
 */
public record QualificationRecord(
        String personKey,
        InsurerNumber insurerNumber,
        String insurerName,
        InsuredCard card,
        PersonalFamilyClassification personalFamilyClassification,
        InsuredCardClassification insuredCardClassification,
        String name,
        String nameKana,
        Sex sex1,
        LocalDate birthdate,
        String address,
        String postNumber,
        String insuredName,
        LocalDate qualificationDate,
        LocalDate disqualificationDate,
        ReasonOfLoss reasonOfLoss,
        LocalDate insuredCertificateIssuanceDate,
        LocalDate insuredCardValidDate,
        LocalDate insuredCardExpirationDate,
        String insuredPartialContributionRatio,
        PreschoolClassification preschoolClassification,
        ElderlyRecipientCertificate elderlyRecipientCertificate,
        LimitApplicationCertificate limitApplicationCertificate) {

    public QualificationRecord {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(insurerNumber, "insurerNumber");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(birthdate, "birthdate");
        Objects.requireNonNull(qualificationDate, "qualificationDate");
    }

    /** The identity of a record across intakes. */
    public record Key(InsurerNumber insurerNumber, String personKey, LocalDate qualificationDate) {}

    public Key key() {
        return new Key(insurerNumber, personKey, qualificationDate);
    }

    /** Valid from 資格取得年月日 up to the day before 資格喪失年月日 (the loss date is the first day without cover). */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(qualificationDate) && (disqualificationDate == null || date.isBefore(disqualificationDate));
    }
}
