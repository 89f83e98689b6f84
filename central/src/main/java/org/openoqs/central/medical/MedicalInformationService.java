package org.openoqs.central.medical;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.consent.ConsentState;
import org.openoqs.core.date.DateRange;
import org.openoqs.core.medical.DrugDispensing;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * 薬剤情報 and 特定健診情報 for institutions (the YZK/TKK answers, a terminal viewer) and for the person themself
 * (the patient page).
 *
 * <p>For an institution, information leaves central only while a {@link MedicalInformationConsent} says the 閲覧同意
 * of that category is {@link ConsentState#EFFECTIVE} for that institution and person; every other state, an unknown
 * or ambiguous person, malformed input or a missing consent bean is a refusal. Every answer, granted or refused, is
 * published as a {@link MedicalInformationViewed} event for the audit trail.
 *
 * <p>What can be seen is limited to the retention windows of reference oqs-rules §6.4 [C]: 薬剤情報 3 years, 特定健診
 * 5 years, counted back from today ({@code oqs.medical.drug-retention-years}, {@code …checkup-retention-years}).
 */
@Service
public class MedicalInformationService {
    private final MedicalPersonResolver persons;
    private final DrugDispensingStore drugs;
    private final HealthCheckupStore checkups;
    private final ObjectProvider<MedicalInformationConsent> consent;
    private final MedicalResultCodes codes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int drugYears;
    private final int checkupYears;

    public MedicalInformationService(MedicalPersonResolver persons, DrugDispensingStore drugs, HealthCheckupStore checkups,
                                     ObjectProvider<MedicalInformationConsent> consent, MedicalResultCodes codes,
                                     ApplicationEventPublisher events, Clock clock,
                                     @Value("${oqs.medical.drug-retention-years:3}") int drugYears,
                                     @Value("${oqs.medical.checkup-retention-years:5}") int checkupYears) {
        this.persons = persons;
        this.drugs = drugs;
        this.checkups = checkups;
        this.consent = consent;
        this.codes = codes;
        this.events = events;
        this.clock = clock;
        this.drugYears = drugYears;
        this.checkupYears = checkupYears;
    }

    /**
     * The person's 薬剤情報 for an institution: dispensing lines within {@code period} and the last 3 years, newest day
     * first.
     *
     * @param institutionCode the caller's 医療機関コード as the transport established it, never one from the message
     */
    public MedicalAnswer<DrugDispensing> drugHistory(String institutionCode, PersonReference who, RequestedPeriod period) {
        return answer(institutionCode, who, period, ConsentCategory.PHARMACISTS_INFO, drugs, drugYears);
    }

    /** The person's 特定健診情報 for an institution: items within {@code period} and the last 5 years, newest first. */
    public MedicalAnswer<HealthCheckupItem> checkupHistory(String institutionCode, PersonReference who, RequestedPeriod period) {
        return answer(institutionCode, who, period, ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, checkups, checkupYears);
    }

    /** The refusal of a request that could not be read ({@code detail} names the field); recorded like any answer. */
    public <T> MedicalAnswer<T> invalidRequest(String institutionCode, ConsentCategory category, String detail) {
        return refuse(institutionCode, category, MedicalOutcome.INVALID_INPUT, null, detail, LocalDateTime.now(clock));
    }

    /**
     * The 薬剤情報 of the person themself (patient page): no consent is involved, so the caller must have
     * authenticated the holder of this PersonKey. Not an institution's view, so no event is published.
     */
    public List<DrugDispensing> ownDrugHistory(String personKey, RequestedPeriod period) {
        return window(drugYears).overlap(period.start(), period.end()).map(r -> drugs.findByPerson(personKey, r)).orElse(List.of());
    }

    /** The 特定健診情報 of the person themself; as {@link #ownDrugHistory}. */
    public List<HealthCheckupItem> ownCheckupHistory(String personKey, RequestedPeriod period) {
        return window(checkupYears).overlap(period.start(), period.end()).map(r -> checkups.findByPerson(personKey, r)).orElse(List.of());
    }

    private <T> MedicalAnswer<T> answer(String institutionCode, PersonReference who, RequestedPeriod period,
                                        ConsentCategory category, MedicalRecordStore<T, ?> store, int years) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            MedicalInstitutionCode.parse(institutionCode);
        } catch (InvalidValueException e) {
            return refuse(institutionCode, category, MedicalOutcome.INVALID_INPUT, null, e.getMessage(), now);
        }
        MedicalPersonResolver.Resolution resolution = persons.resolve(who);
        if (resolution.person() == null) return refuse(institutionCode, category, resolution.refusal(), null, null, now);
        MedicalPerson person = resolution.person();
        MedicalInformationConsent consents = consent.getIfAvailable();
        if (consents == null) return refuse(institutionCode, category, MedicalOutcome.CONSENT_UNAVAILABLE, person, null, now);
        MedicalOutcome outcome = MedicalOutcome.of(consents.stateOf(institutionCode, person.personKey(), category));
        if (outcome != MedicalOutcome.GRANTED) return refuse(institutionCode, category, outcome, person, null, now);
        Optional<DateRange> range = window(years).overlap(period.start(), period.end());
        List<T> entries = range.map(r -> store.findByPerson(person.personKey(), r)).orElse(List.of());
        MedicalAnswer<T> answer = new MedicalAnswer<>(category, outcome, codes.code(outcome),
                codes.message(outcome, category, null), person, range.orElse(null), entries, now);
        publish(answer, institutionCode);
        return answer;
    }

    /** A refused answer; the person's facts are never included, only the PersonKey in the event. */
    private <T> MedicalAnswer<T> refuse(String institutionCode, ConsentCategory category, MedicalOutcome outcome,
                                        MedicalPerson person, String detail, LocalDateTime now) {
        MedicalAnswer<T> answer = new MedicalAnswer<>(category, outcome, codes.code(outcome),
                codes.message(outcome, category, detail), null, null, List.of(), now);
        publish(answer, institutionCode, person == null ? null : person.personKey());
        return answer;
    }

    private void publish(MedicalAnswer<?> answer, String institutionCode) {
        publish(answer, institutionCode, answer.person().personKey());
    }

    private void publish(MedicalAnswer<?> answer, String institutionCode, String personKey) {
        events.publishEvent(new MedicalInformationViewed(answer.answeredAt().atZone(clock.getZone()).toInstant(),
                institutionCode, personKey, answer.category(), answer.resultCode(), answer.entries().size()));
    }

    private DateRange window(int years) {
        return DateRange.yearsUpTo(LocalDateTime.now(clock).toLocalDate(), years);
    }
}
