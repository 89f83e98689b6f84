package org.openoqs.core.qualification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.core.code.QualificationValidity;

/**
 * Decides the 資格有効性 (OQSCD006) of a card query from the records that share its 保険者番号, 番号 and 生年月日:
 * <ol>
 *   <li>no record carries the card → 4 該当資格なし;</li>
 *   <li>records of more than one person carry it (typically twins on an old card without 枝番) → 5 複数該当;</li>
 *   <li>the person's record is valid on the date → 1 有効;</li>
 *   <li>it is not, but the same person holds another qualification valid on that date → 3 無効（新しい資格あり）;</li>
 *   <li>otherwise → 2 無効.</li>
 * </ol>
 * The rule is pure: the store supplies the candidates and answers the one extra question of step 4, which is only
 * asked on the rare invalid path, so the hot path stays a single indexed read.
 */
public final class QualificationValidityRule {

    /** Answers whether a person holds a qualification valid on a date other than the given record. */
    @FunctionalInterface
    public interface OtherQualifications {
        boolean existsValid(String personKey, LocalDate date, QualificationRecord.Key excluding);
    }

    public ConfirmationOutcome decide(ConfirmationQuery query, List<QualificationRecord> candidates,
                                      OtherQualifications others) {
        Map<String, QualificationRecord> bestPerPerson = new LinkedHashMap<>();
        for (QualificationRecord r : candidates) {
            if (!r.insurerNumber().equals(query.insurerNumber()) || !r.birthdate().equals(query.birthdate())
                    || !r.card().answers(query.card())) continue;
            bestPerPerson.merge(r.personKey(), r, (a, b) -> better(a, b, query.confirmationDate()));
        }
        if (bestPerPerson.isEmpty()) return new ConfirmationOutcome(QualificationValidity.NOT_FOUND, List.of());
        if (bestPerPerson.size() > 1) {
            return new ConfirmationOutcome(QualificationValidity.MULTIPLE, List.copyOf(bestPerPerson.values()));
        }
        QualificationRecord record = bestPerPerson.values().iterator().next();
        return new ConfirmationOutcome(validityOf(record, query.confirmationDate(), others), List.of(record));
    }

    private static QualificationValidity validityOf(QualificationRecord record, LocalDate date, OtherQualifications others) {
        if (record.isValidOn(date)) return QualificationValidity.VALID;
        return others.existsValid(record.personKey(), date, record.key())
                ? QualificationValidity.INVALID_NEWER_EXISTS : QualificationValidity.INVALID;
    }

    /** Of two records of one person on one card, the one valid on the date, else the most recent. */
    private static QualificationRecord better(QualificationRecord a, QualificationRecord b, LocalDate date) {
        if (a.isValidOn(date) != b.isValidOn(date)) return a.isValidOn(date) ? a : b;
        return Comparator.comparing(QualificationRecord::qualificationDate).compare(a, b) >= 0 ? a : b;
    }
}
