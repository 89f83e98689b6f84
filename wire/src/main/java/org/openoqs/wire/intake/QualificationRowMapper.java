package org.openoqs.wire.intake;

import static org.openoqs.wire.intake.QualificationColumn.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.InsuredCardClassification;
import org.openoqs.core.code.LimitApplicationCertificateClassification;
import org.openoqs.core.code.LimitApplicationCertificateClassificationFlag;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.PersonalFamilyClassification;
import org.openoqs.core.code.PreschoolClassification;
import org.openoqs.core.code.ReasonOfLoss;
import org.openoqs.core.code.Sex;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.InsurerNumber;
import org.openoqs.core.qualification.ElderlyRecipientCertificate;
import org.openoqs.core.qualification.InsuredCard;
import org.openoqs.core.qualification.LimitApplicationCertificate;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.core.text.CardText;
import org.openoqs.core.text.KanaWidth;

/**
 * Turns the values of one intake line into a {@link QualificationRecord}, collecting every field error of the line
 * rather than stopping at the first, so an insurer can fix a file in one pass.
 */
final class QualificationRowMapper {
    private static final Pattern RATIO = Pattern.compile("\\d{3}");
    private static final Pattern POST_NUMBER = Pattern.compile("\\d{3}-\\d{4}");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
    private static final int MAX_TEXT = 200;
    private static final int MAX_ADDRESS = 400;
    private static final int MAX_PERSON_KEY = 64;

    /** Reads one line's values: {@code value.apply(column)} gives the raw text or null when absent or blank. */
    IntakeRow map(long line, Function<QualificationColumn, String> value) {
        Fields f = new Fields(line, value);
        String personKey = f.personKey();
        InsurerNumber insurer = f.parse(InsurerNumber, org.openoqs.core.number.InsurerNumber::parse);
        InsuredCard card = f.card();
        var family = f.code(PersonalFamilyClassification, PersonalFamilyClassification.class);
        var cardClass = f.code(InsuredCardClassification, InsuredCardClassification.class);
        String name = f.text(Name, MAX_TEXT);
        String nameKana = KanaWidth.toHalfWidth(KanaWidth.toFullWidth(f.text(NameKana, MAX_TEXT)));
        Sex sex = f.code(Sex1, Sex.class);
        LocalDate birthdate = f.date(Birthdate);
        LocalDate qualified = f.date(QualificationDate);
        LocalDate disqualified = f.date(DisqualificationDate);
        ReasonOfLoss reason = f.code(ReasonOfLoss, ReasonOfLoss.class);
        f.checkDates(birthdate, qualified, disqualified, reason);
        var elderly = f.elderly();
        var limit = f.limit();
        // Every column is read before deciding, so one pass reports every bad field of the line.
        String insurerName = f.text(InsurerName, MAX_TEXT);
        String address = f.text(Address, MAX_ADDRESS);
        String postNumber = f.postNumber();
        String insuredName = f.text(InsuredName, MAX_TEXT);
        LocalDate issued = f.date(InsuredCertificateIssuanceDate);
        LocalDate cardValid = f.date(InsuredCardValidDate);
        LocalDate cardExpires = f.date(InsuredCardExpirationDate);
        String ratio = f.ratio(InsuredPartialContributionRatio);
        var preschool = f.code(PreschoolClassification, PreschoolClassification.class);
        QualificationRecord record = f.errors.isEmpty() ? new QualificationRecord(personKey, insurer, insurerName, card,
                family, cardClass, name, nameKana, sex, birthdate, address, postNumber, insuredName, qualified,
                disqualified, reason, issued, cardValid, cardExpires, ratio, preschool, elderly, limit) : null;
        return new IntakeRow(line, f.errors.isEmpty() ? record : null, List.copyOf(f.errors));
    }

    /** The values of one line and the errors found so far. */
    private static final class Fields {
        final long line;
        final Function<QualificationColumn, String> raw;
        final List<IntakeError> errors = new ArrayList<>();

        Fields(long line, Function<QualificationColumn, String> raw) {
            this.line = line;
            this.raw = raw;
        }

        <T> T parse(QualificationColumn column, Function<String, T> parser) {
            String value = raw.apply(column);
            if (value == null) {
                if (column.required()) error(column, null, "required");
                return null;
            }
            try {
                return parser.apply(value);
            } catch (InvalidValueException e) {
                // The exception's value, not the raw one: a refused My Number must not be echoed back.
                error(column, e.value(), e.reason());
                return null;
            }
        }

        void error(QualificationColumn column, String value, String message) {
            errors.add(new IntakeError(line, column == null ? null : column.name(), value, message));
        }

        String personKey() {
            return parse(PersonKey, v -> {
                String key = v.strip();
                if (key.length() > MAX_PERSON_KEY) throw new InvalidValueException("PersonKey", v, "longer than " + MAX_PERSON_KEY);
                if (MyNumberGuard.looksLikeMyNumber(key)) {
                    throw new InvalidValueException("PersonKey", null,
                            "looks like a 個人番号 (My Number); PersonKey must be the insurer's own opaque identifier");
                }
                return key;
            });
        }

        InsuredCard card() {
            String symbol = parse(InsuredCardSymbol, CardText::symbol);
            String number = parse(InsuredIdentificationNumber, CardText::identificationNumber);
            String branch = parse(InsuredBranchNumber, CardText::branchNumber);
            return number == null ? null : new InsuredCard(symbol, number, branch);
        }

        <E extends Enum<E> & OqsCode> E code(QualificationColumn column, Class<E> type) {
            return parse(column, v -> OqsCode.parse(type, column.name(), v.strip()));
        }

        String text(QualificationColumn column, int max) {
            return parse(column, v -> {
                String s = v.strip();
                if (s.length() > max) throw new InvalidValueException(column.name(), v, "longer than " + max + " characters");
                return s;
            });
        }

        LocalDate date(QualificationColumn column) {
            return parse(column, v -> OqsDates.parseOptionalDate(column.name(), v));
        }

        String ratio(QualificationColumn column) {
            return parse(column, v -> {
                String s = v.strip();
                if (!RATIO.matcher(s).matches() || Integer.parseInt(s) > 100) {
                    throw new InvalidValueException(column.name(), v, "must be a 3-digit percentage such as 010 or 030");
                }
                return s;
            });
        }

        /** 〒 as {@code 123-4567}; seven digits without the hyphen are accepted and formatted. */
        String postNumber() {
            return parse(PostNumber, v -> {
                String s = KanaWidth.toFullWidth(v).strip().replace('ー', '-').replace('－', '-');
                if (SEVEN_DIGITS.matcher(s).matches()) s = s.substring(0, 3) + "-" + s.substring(3);
                if (!POST_NUMBER.matcher(s).matches()) throw new InvalidValueException("PostNumber", v, "must be 123-4567");
                return s;
            });
        }

        void checkDates(LocalDate birthdate, LocalDate qualified, LocalDate disqualified, ReasonOfLoss reason) {
            if (birthdate != null && qualified != null && qualified.isBefore(birthdate)) {
                error(QualificationDate, OqsDates.format(qualified), "is before Birthdate");
            }
            if (qualified != null && disqualified != null && disqualified.isBefore(qualified)) {
                error(DisqualificationDate, OqsDates.format(disqualified), "is before QualificationDate");
            }
            if (reason != null && disqualified == null) {
                error(ReasonOfLoss, reason.code(), "given without DisqualificationDate");
            }
        }

        ElderlyRecipientCertificate elderly() {
            LocalDate issued = date(ElderlyRecipientCertificateDate);
            LocalDate start = date(ElderlyRecipientValidStartDate);
            LocalDate end = date(ElderlyRecipientValidEndDate);
            String ratio = ratio(ElderlyRecipientContributionRatio);
            if (issued == null && start == null && end == null && ratio == null) return null;
            if (ratio == null) error(ElderlyRecipientContributionRatio, null, "required when other ElderlyRecipient columns are given");
            if (start != null && end != null && end.isBefore(start)) {
                error(ElderlyRecipientValidEndDate, OqsDates.format(end), "is before ElderlyRecipientValidStartDate");
            }
            return new ElderlyRecipientCertificate(issued, start, end, ratio);
        }

        LimitApplicationCertificate limit() {
            var classification = code(LimitApplicationCertificateClassification, LimitApplicationCertificateClassification.class);
            var flag = code(LimitApplicationCertificateClassificationFlag, LimitApplicationCertificateClassificationFlag.class);
            LocalDate issued = date(LimitApplicationCertificateDate);
            LocalDate start = date(LimitApplicationCertificateValidStartDate);
            LocalDate end = date(LimitApplicationCertificateValidEndDate);
            LocalDate longTerm = date(LimitApplicationCertificateLongTermDate);
            if (classification == null && flag == null && issued == null && start == null && end == null && longTerm == null) {
                return null;
            }
            if (flag == null) error(LimitApplicationCertificateClassificationFlag, null, "required when other LimitApplicationCertificate columns are given");
            if (start != null && end != null && end.isBefore(start)) {
                error(LimitApplicationCertificateValidEndDate, OqsDates.format(end), "is before LimitApplicationCertificateValidStartDate");
            }
            return new LimitApplicationCertificate(classification, flag, issued, start, end, longTerm);
        }
    }
}
