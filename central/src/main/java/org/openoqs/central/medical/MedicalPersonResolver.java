package org.openoqs.central.medical;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openoqs.central.qualification.QualificationStore;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.Sex;
import org.openoqs.core.qualification.QualificationRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds the one person a request for medical information is about. By card: the qualification records carrying the
 * 保険者番号 and 番号, kept when 記号 and 枝番 answer the card ({@code InsuredCard.answers}) — closed records too, as an
 * old card still names its holder — must belong to exactly one PersonKey. The person's facts come from the latest of
 * those records (by QualificationDate): as in 資格確認, a query with an old card is answered from that card's record
 * and is not told what a new insurer registered. By PersonKey: the facts of the person's latest record.
 */
@Component
public class MedicalPersonResolver {
    private static final String LATEST_BY_PERSON = "SELECT name, name_kana, birthdate, sex1 FROM qualification"
            + " WHERE person_key = ? ORDER BY qualification_date DESC FETCH FIRST 1 ROWS ONLY";

    /** The person, or the refusal when none or several match. */
    public record Resolution(MedicalPerson person, MedicalOutcome refusal) {
        static Resolution of(MedicalPerson person) { return new Resolution(person, null); }

        static Resolution refused(MedicalOutcome outcome) { return new Resolution(null, outcome); }
    }

    private final QualificationStore qualifications;
    private final JdbcTemplate jdbc;

    public MedicalPersonResolver(QualificationStore qualifications, JdbcTemplate jdbc) {
        this.qualifications = qualifications;
        this.jdbc = jdbc;
    }

    public Resolution resolve(PersonReference who) {
        if (who instanceof PersonReference.ByCard card) return byCard(card);
        return byPersonKey(((PersonReference.ByPersonKey) who).personKey());
    }

    private Resolution byCard(PersonReference.ByCard who) {
        Map<String, List<QualificationRecord>> byPerson = qualifications
                .findByCardNumber(who.insurerNumber(), who.card().identificationNumber()).stream()
                .filter(r -> r.card().answers(who.card()))
                .collect(Collectors.groupingBy(QualificationRecord::personKey));
        if (byPerson.isEmpty()) return Resolution.refused(MedicalOutcome.NOT_FOUND);
        if (byPerson.size() > 1) return Resolution.refused(MedicalOutcome.MULTIPLE);
        QualificationRecord latest = byPerson.values().iterator().next().stream()
                .max(Comparator.comparing(QualificationRecord::qualificationDate)).orElseThrow();
        return Resolution.of(new MedicalPerson(latest.personKey(), latest.name(), latest.nameKana(), latest.birthdate(),
                latest.sex1()));
    }

    /** The qualification store has no lookup by person alone, so this one reads its table directly. */
    private Resolution byPersonKey(String personKey) {
        List<MedicalPerson> found = jdbc.query(LATEST_BY_PERSON, (rs, i) -> new MedicalPerson(personKey, rs.getString(1),
                rs.getString(2), rs.getDate(3).toLocalDate(),
                OqsCode.find(Sex.class, rs.getString(4)).orElse(Sex.UNSET)), personKey);
        return found.isEmpty() ? Resolution.refused(MedicalOutcome.NOT_FOUND) : Resolution.of(found.get(0));
    }
}
