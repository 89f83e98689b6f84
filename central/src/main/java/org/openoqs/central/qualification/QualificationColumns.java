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

    static QualificationRecord read(ResultSet rs) throws SQLException {
        return new QualificationRecord(rs.getString("person_key"), new InsurerNumber(rs.getString("insurer_number")),
                rs.getString("insurer_name"),
                new InsuredCard(rs.getString("insured_card_symbol"), rs.getString("insured_identification_number"),
                        rs.getString("insured_branch_number")),
                code(PersonalFamilyClassification.class, rs.getString("personal_family_classification")),
                code(InsuredCardClassification.class, rs.getString("insured_card_classification")),
                rs.getString("name"), rs.getString("name_kana"), code(Sex.class, rs.getString("sex1")),
                date(rs, "birthdate"), rs.getString("address"), rs.getString("post_number"),
                rs.getString("insured_name"), date(rs, "qualification_date"), date(rs, "disqualification_date"),
                code(ReasonOfLoss.class, rs.getString("reason_of_loss")), date(rs, "insured_certificate_issuance_date"),
                date(rs, "insured_card_valid_date"), date(rs, "insured_card_expiration_date"),
                rs.getString("insured_partial_contribution_ratio"),
                code(PreschoolClassification.class, rs.getString("preschool_classification")), elderly(rs), limit(rs));
    }

    private static ElderlyRecipientCertificate elderly(ResultSet rs) throws SQLException {
        String ratio = rs.getString("elderly_recipient_contribution_ratio");
        LocalDate start = date(rs, "elderly_recipient_valid_start_date");
        LocalDate issued = date(rs, "elderly_recipient_certificate_date");
        LocalDate end = date(rs, "elderly_recipient_valid_end_date");
        if (ratio == null && start == null && issued == null && end == null) return null;
        return new ElderlyRecipientCertificate(issued, start, end, ratio);
    }

    private static LimitApplicationCertificate limit(ResultSet rs) throws SQLException {
        var classification = code(LimitApplicationCertificateClassification.class,
                rs.getString("limit_application_certificate_classification"));
        var flag = code(LimitApplicationCertificateClassificationFlag.class,
                rs.getString("limit_application_certificate_classification_flag"));
        LocalDate issued = date(rs, "limit_application_certificate_date");
        LocalDate start = date(rs, "limit_application_certificate_valid_start_date");
        LocalDate end = date(rs, "limit_application_certificate_valid_end_date");
        LocalDate longTerm = date(rs, "limit_application_certificate_long_term_date");
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

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
