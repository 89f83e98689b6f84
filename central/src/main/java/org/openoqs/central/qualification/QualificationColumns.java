package org.openoqs.central.qualification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openoqs.core.code.InsuredCardClassification;
import org.openoqs.core.code.LimitApplicationCertificateClassification;
import org.openoqs.core.code.LimitApplicationCertificateClassificationFlag;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.PersonalFamilyClassification;
import org.openoqs.core.code.PreschoolClassification;
import org.openoqs.core.code.ReasonOfLoss;
import org.openoqs.core.code.Sex;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.ElderlyRecipientCertificate;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.qualification.LimitApplicationCertificate;
import org.openoqs.core.qualification.QualificationRecord;

/** The mapping between {@link QualificationRecord} and the columns of table {@code qualification}, in one place. */
final class QualificationColumns {
    private QualificationColumns() {}

    /** Data columns in the order of {@link #values}. */
    static final List<String> DATA = List.of("person_key", "insurer_number", "insurer_name", "insured_card_symbol",
            "insured_identification_number", "insured_branch_number", "personal_family_classification",
            "insured_card_classification", "name", "name_kana", "sex1", "birthdate", "address", "post_number",
            "insured_name", "qualification_date", "disqualification_date", "reason_of_loss",
            "insured_certificate_issuance_date", "insured_card_valid_date", "insured_card_expiration_date",
            "insured_partial_contribution_ratio", "preschool_classification", "elderly_recipient_certificate_date",
            "elderly_recipient_valid_start_date", "elderly_recipient_valid_end_date",
            "elderly_recipient_contribution_ratio", "limit_application_certificate_classification",
            "limit_application_certificate_classification_flag", "limit_application_certificate_date",
            "limit_application_certificate_valid_start_date", "limit_application_certificate_valid_end_date",
            "limit_application_certificate_long_term_date");

    /** The SQL type of each of {@link #DATA}, for typed nulls: the date columns are those named *date. */
    static final int[] SQL_TYPES = DATA.stream().mapToInt(c -> c.endsWith("date") ? Types.DATE : Types.VARCHAR).toArray();

    static final String SELECT = "SELECT " + String.join(", ", DATA) + " FROM qualification";

    /** JDBC parameter values for {@link #DATA}: strings, {@link Date}s and nulls. */
    static Object[] values(QualificationRecord r) {
        return values(r, QualificationColumns::sql);
    }

    /** The values of {@link #DATA} with each date as {@code date} turns it (never called with null). */
    static Object[] values(QualificationRecord r, Function<LocalDate, Object> date) {
        Function<LocalDate, Object> sql = d -> d == null ? null : date.apply(d);
        var e = r.elderlyRecipientCertificate();
        var l = r.limitApplicationCertificate();
        List<Object> v = new ArrayList<>(DATA.size());
        v.add(r.personKey());
        v.add(r.insurerNumber().value());
        v.add(r.insurerName());
        v.add(r.card().symbol());
        v.add(r.card().identificationNumber());
        v.add(r.card().branchNumber());
        v.add(code(r.personalFamilyClassification()));
        v.add(code(r.insuredCardClassification()));
        v.add(r.name());
        v.add(r.nameKana());
        v.add(code(r.sex1()));
        v.add(sql.apply(r.birthdate()));
        v.add(r.address());
        v.add(r.postNumber());
        v.add(r.insuredName());
        v.add(sql.apply(r.qualificationDate()));
        v.add(sql.apply(r.disqualificationDate()));
        v.add(code(r.reasonOfLoss()));
        v.add(sql.apply(r.insuredCertificateIssuanceDate()));
        v.add(sql.apply(r.insuredCardValidDate()));
        v.add(sql.apply(r.insuredCardExpirationDate()));
        v.add(r.insuredPartialContributionRatio());
        v.add(code(r.preschoolClassification()));
        v.add(e == null ? null : sql.apply(e.certificateDate()));
        v.add(e == null ? null : sql.apply(e.validStartDate()));
        v.add(e == null ? null : sql.apply(e.validEndDate()));
        v.add(e == null ? null : e.contributionRatio());
        v.add(l == null ? null : code(l.classification()));
        v.add(l == null ? null : code(l.classificationFlag()));
        v.add(l == null ? null : sql.apply(l.certificateDate()));
        v.add(l == null ? null : sql.apply(l.validStartDate()));
        v.add(l == null ? null : sql.apply(l.validEndDate()));
        v.add(l == null ? null : sql.apply(l.longTermDate()));
        return v.toArray();
    }

    /**
     * Reads the current row of a result of {@link #SELECT}. By position, not by name: H2 upper-cases and looks up a
     * column name on every {@code getString(name)}, 35 times a row on the confirmation hot path. Dates come as
     * {@link LocalDate} straight from the driver (JDBC 4.2), without the time-zone arithmetic of {@code java.sql.Date}.
     */
    static QualificationRecord read(ResultSet rs) throws SQLException {
        Row r = new Row(rs);
        return new QualificationRecord(r.string(), new InsurerNumber(r.string()), r.string(),
                new InsuredCard(r.string(), r.string(), r.string()),
                code(PersonalFamilyClassification.class, r.string()), code(InsuredCardClassification.class, r.string()),
                r.string(), r.string(), code(Sex.class, r.string()), r.date(), r.string(), r.string(), r.string(),
                r.date(), r.date(), code(ReasonOfLoss.class, r.string()), r.date(), r.date(), r.date(), r.string(),
                code(PreschoolClassification.class, r.string()), elderly(r), limit(r));
    }

    /** The columns of one row in {@link #DATA} order; each call reads the next. */
    private static final class Row {
        private final ResultSet rs;
        private int next = 1;

        Row(ResultSet rs) { this.rs = rs; }

        String string() throws SQLException { return rs.getString(next++); }

        LocalDate date() throws SQLException { return rs.getObject(next++, LocalDate.class); }
    }

    private static ElderlyRecipientCertificate elderly(Row r) throws SQLException {
        LocalDate issued = r.date();
        LocalDate start = r.date();
        LocalDate end = r.date();
        String ratio = r.string();
        if (ratio == null && start == null && issued == null && end == null) return null;
        return new ElderlyRecipientCertificate(issued, start, end, ratio);
    }

    private static LimitApplicationCertificate limit(Row r) throws SQLException {
        var classification = code(LimitApplicationCertificateClassification.class, r.string());
        var flag = code(LimitApplicationCertificateClassificationFlag.class, r.string());
        LocalDate issued = r.date();
        LocalDate start = r.date();
        LocalDate end = r.date();
        LocalDate longTerm = r.date();
        if (classification == null && flag == null && issued == null && start == null && end == null && longTerm == null) {
            return null;
        }
        return new LimitApplicationCertificate(classification, flag, issued, start, end, longTerm);
    }

    private static String code(OqsCode c) { return c == null ? null : c.code(); }

    private static <E extends Enum<E> & OqsCode> E code(Class<E> type, String value) {
        return value == null ? null : OqsCode.parse(type, type.getSimpleName(), value);
    }

    private static Date sql(LocalDate d) { return d == null ? null : Date.valueOf(d); }
}
