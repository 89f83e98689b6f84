package org.openoqs.central.reference;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openoqs.central.confirmation.ResultCodes;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.qualification.BulkRegistrationUnit;
import org.openoqs.wire.qualification.ReferenceNumberRegistrationInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 照会番号 (ReferenceNumber): an institution's own patient id (usually the 診察券番号) tied centrally to the person
 * behind a card, and given back in that institution's bulk and face results — and only in that institution's
 * ([C] reference §1.5). It is tied to the person (PersonKey), not the card, so it survives a change of insurer. It can
 * never be used as a search key ([S] §1.5).
 */
@Service
public class ReferenceNumberService {
    /** ≤ 50 characters ([S] reference §1.5). */
    public static final int MAX_LENGTH = 50;
    private static final int KEYS_PER_QUERY = 500;

    private final QualificationStore store;
    private final JdbcTemplate jdbc;
    private final ResultCodes codes;
    private final Clock clock;

    public ReferenceNumberService(QualificationStore store, JdbcTemplate jdbc, ResultCodes codes, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.codes = codes;
        this.clock = clock;
    }

    /** Registers (or replaces) the institution's reference number for the person behind the card. */
    @Transactional
    public BulkRegistrationUnit register(MedicalInstitutionCode institution, ReferenceNumberRegistrationInfo info) {
        try {
            String referenceNumber = referenceNumber(info.referenceNumber());
            InsuredCard card = InsuredCard.of(info.insuredCardSymbol(), info.insuredIdentificationNumber(), info.insuredBranchNumber());
            Set<String> persons = store.findByCardNumber(InsurerNumber.parse(info.insurerNumber()), card.identificationNumber())
                    .stream().filter(r -> r.card().answers(card)).map(QualificationRecord::personKey).collect(Collectors.toSet());
            if (persons.isEmpty()) return unit(info, codes.get("reference-not-found"), null);
            if (persons.size() > 1) return unit(info, codes.get("reference-multiple"), null);
            save(institution, persons.iterator().next(), referenceNumber);
            return unit(info, codes.get("reference-registered"), null);
        } catch (InvalidValueException e) {
            return unit(info, codes.get("invalid-input"), e.getMessage());
        }
    }

    /** The institution's reference numbers for these persons; other institutions' numbers are never returned. */
    public Map<String, String> find(MedicalInstitutionCode institution, Collection<String> personKeys) {
        if (personKeys.isEmpty()) return Map.of();
        Map<String, String> found = new HashMap<>();
        List<String> all = List.copyOf(Set.copyOf(personKeys));
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = institution.value();
            for (int i = 0; i < chunk.size(); i++) args[i + 1] = chunk.get(i);
            jdbc.query("SELECT person_key, reference_number FROM reference_number WHERE medical_institution_code = ? AND person_key IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> { found.put(rs.getString(1), rs.getString(2)); }, args);
        }
        return found;
    }

    private void save(MedicalInstitutionCode institution, String personKey, String referenceNumber) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        int updated = jdbc.update("UPDATE reference_number SET reference_number = ?, registered_at = ?"
                + " WHERE medical_institution_code = ? AND person_key = ?", referenceNumber, now, institution.value(), personKey);
        if (updated == 0) {
            jdbc.update("INSERT INTO reference_number (medical_institution_code, person_key, reference_number, registered_at)"
                    + " VALUES (?, ?, ?, ?)", institution.value(), personKey, referenceNumber, now);
        }
    }

    private static String referenceNumber(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) throw new InvalidValueException("ReferenceNumber", raw, "required");
        if (value.length() > MAX_LENGTH) throw new InvalidValueException("ReferenceNumber", raw, "longer than " + MAX_LENGTH + " characters");
        return value;
    }

    private static BulkRegistrationUnit unit(ReferenceNumberRegistrationInfo info, ResultCodes.Entry entry, String detail) {
        String message = detail == null ? entry.message() : entry.message() + "（" + detail + "）";
        return new BulkRegistrationUnit(info, entry.status(), entry.code(), message);
    }
}
