package org.openoqs.app.generate;

import static org.openoqs.app.generate.InsuranceCalendar.max;
import static org.openoqs.app.generate.InsuranceCalendar.min;
import static org.openoqs.wire.intake.QualificationColumn.*;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.SplittableRandom;

/**
 * Turns a person's membership of an {@link Enrolment} into an intake row: identity, card fields and dates, and the
 * age-dependent extras (未就学区分, 高齢受給者証, 後期高齢 一部負担金割合, 限度額適用認定証). Every date is consistent with
 * the qualification period and no date of issue lies after the reference date.
 */
public final class RowFactory {
    /** 高齢受給者証 and 限度額適用認定証 run from 1 August to 31 July, when the income-based ratio is redetermined. */
    private static final MonthDay CERTIFICATE_YEAR_START = MonthDay.of(8, 1);
    private static final MonthDay CERTIFICATE_YEAR_END = MonthDay.of(7, 31);
    /** Many municipalities renew 国保 cards every 1 October for a year. */
    private static final MonthDay KOKUHO_RENEWAL = MonthDay.of(10, 1);
    private static final MonthDay KOKUHO_CARD_END = MonthDay.of(9, 30);
    private static final double LIMIT_CERTIFICATE_SHARE = 0.03;
    private static final String[] UNDER_70_FLAGS = {"A01", "A02", "A03", "A04", "A05", "A06"};
    private static final int[] UNDER_70_FLAG_WEIGHTS = {5, 10, 45, 25, 12, 3};

    private final SplittableRandom random;
    private final LocalDate referenceDate;

    public RowFactory(SplittableRandom random, LocalDate referenceDate) {
        this.random = random;
        this.referenceDate = referenceDate;
    }

    /**
     * The row of {@code person} as member {@code branch} (0 = the 被保険者) of {@code enrolment}.
     *
     * @param since     when the person joined the household (birth, marriage): they qualify no earlier
     * @param insured   the 被保険者 (世帯主 in 国保) whose name is InsuredName
     * @param dependant true for a 家族 (被扶養者) of employee insurance
     */
    public QualificationRow row(Person person, LocalDate since, Person insured, int branch, boolean dependant,
                                Enrolment enrolment, AddressPool.Address address) {
        LocalDate qualified = max(enrolment.qualificationDate(), since);
        QualificationRow row = identity(person, insured, branch, dependant, enrolment, address);
        row.set(QualificationDate, qualified)
                .set(DisqualificationDate, enrolment.disqualificationDate())
                .set(ReasonOfLoss, enrolment.reasonOfLoss());
        LocalDate asOf = enrolment.isOpen() ? referenceDate : enrolment.disqualificationDate().minusDays(1);
        cardDates(row, person, enrolment.insurer().kind(), qualified, asOf);
        if (InsuranceCalendar.isPreschool(person.birthdate(), asOf)) row.set(PreschoolClassification, "1");
        if (enrolment.isOpen()) certificates(row, person, enrolment.insurer().kind(), qualified);
        return row;
    }

    private QualificationRow identity(Person person, Person insured, int branch, boolean dependant,
                                      Enrolment enrolment, AddressPool.Address address) {
        return new QualificationRow()
                .set(PersonKey, person.key())
                .set(InsurerNumber, enrolment.insurer().number())
                .set(InsurerName, enrolment.insurer().name())
                .set(InsuredCardSymbol, enrolment.symbol())
                .set(InsuredIdentificationNumber, enrolment.number())
                .set(InsuredBranchNumber, enrolment.withBranch() ? String.format("%02d", branch) : "")
                .set(PersonalFamilyClassification, dependant ? "2" : "1")
                .set(InsuredCardClassification, enrolment.cardClassification())
                .set(Name, person.name())
                .set(NameKana, person.nameKana())
                .set(Sex1, person.sex().code())
                .set(Birthdate, person.birthdate())
                .set(Address, address.text())
                .set(PostNumber, address.postNumber())
                .set(InsuredName, insured.name());
    }

    /**
     * 交付日, 有効開始日, 有効終了日. Employee cards have no end date; 国保 cards are renewed every October and 後期高齢
     * cards every August, so a long-standing member holds the card of the latest renewal.
     */
    private void cardDates(QualificationRow row, Person person, InsurerKind kind, LocalDate qualified,
                           LocalDate asOf) {
        LocalDate valid = qualified;
        LocalDate expires = null;
        if (kind.isKokuho() || kind == InsurerKind.KOKI_KOREI) {
            MonthDay renewal = kind == InsurerKind.KOKI_KOREI ? CERTIFICATE_YEAR_START : KOKUHO_RENEWAL;
            MonthDay end = kind == InsurerKind.KOKI_KOREI ? CERTIFICATE_YEAR_END : KOKUHO_CARD_END;
            valid = max(qualified, InsuranceCalendar.onOrBefore(asOf, renewal));
            expires = InsuranceCalendar.onOrAfter(valid, end);
            if (kind.isKokuho()) expires = min(expires, InsuranceCalendar.dayBefore75(person.birthdate()));
        }
        LocalDate issued = valid.equals(qualified)
                ? min(qualified.plusDays(random.nextInt(21)), asOf)
                : valid.minusDays(7 + random.nextInt(19));
        row.set(InsuredCertificateIssuanceDate, max(issued, qualified))
                .set(InsuredCardValidDate, valid)
                .set(InsuredCardExpirationDate, expires);
    }

    private void certificates(QualificationRow row, Person person, InsurerKind kind, LocalDate qualified) {
        int age = InsuranceCalendar.age(person.birthdate(), referenceDate);
        String ratio;
        if (kind == InsurerKind.KOKI_KOREI) {
            ratio = kokiKoreiRatio();
            row.set(InsuredPartialContributionRatio, ratio);
        } else if (age >= 70) {
            ratio = random.nextDouble() < 0.08 ? "030" : "020";
            elderlyRecipient(row, person, qualified, ratio);
        } else {
            ratio = "";
        }
        if (random.nextDouble() < LIMIT_CERTIFICATE_SHARE) limitCertificate(row, person, qualified, age, ratio);
    }

    /** Since 2022-10 most 後期高齢 pay 1割, about a fifth 2割 and the 現役並み所得 3割. */
    private String kokiKoreiRatio() {
        double p = random.nextDouble();
        return p < 0.70 ? "010" : p < 0.92 ? "020" : "030";
    }

    private void elderlyRecipient(QualificationRow row, Person person, LocalDate qualified, String ratio) {
        LocalDate start = max(max(InsuranceCalendar.elderlyRecipientStart(person.birthdate()), qualified),
                InsuranceCalendar.onOrBefore(referenceDate, CERTIFICATE_YEAR_START));
        LocalDate end = min(InsuranceCalendar.onOrAfter(start, CERTIFICATE_YEAR_END),
                InsuranceCalendar.dayBefore75(person.birthdate()));
        LocalDate issued = min(max(start.minusDays(7 + random.nextInt(19)), qualified), referenceDate);
        row.set(ElderlyRecipientCertificateDate, issued)
                .set(ElderlyRecipientValidStartDate, start)
                .set(ElderlyRecipientValidEndDate, end)
                .set(ElderlyRecipientContributionRatio, ratio);
    }

    /**
     * 限度額適用認定証: valid from the first of the month of application to 31 July. From 70 only 現役並み (3割) and
     * 低所得 people need one; 低所得 (住民税非課税) get the 限度額適用・標準負担額減額認定証 (区分 02).
     */
    private void limitCertificate(QualificationRow row, Person person, LocalDate qualified, int age, String ratio) {
        String flag = limitFlag(age, ratio);
        if (flag == null) return;
        boolean lowIncome = flag.equals("A05") || flag.equals("A06") || flag.compareTo("B05") >= 0;
        LocalDate start = max(referenceDate.withDayOfMonth(1).minusMonths(random.nextInt(12)), qualified);
        LocalDate end = InsuranceCalendar.onOrAfter(start, CERTIFICATE_YEAR_END);
        if (age < 75) end = min(end, InsuranceCalendar.dayBefore75(person.birthdate()));
        row.set(LimitApplicationCertificateClassification, lowIncome ? "02" : "01")
                .set(LimitApplicationCertificateClassificationFlag, flag)
                .set(LimitApplicationCertificateDate, min(start.plusDays(random.nextInt(15)), referenceDate))
                .set(LimitApplicationCertificateValidStartDate, start)
                .set(LimitApplicationCertificateValidEndDate, end)
                .set(LimitApplicationCertificateLongTermDate, longTermDate(flag, start));
    }

    /** OQSCD012: A01–A06 under 70, B codes from 70; null when a 70+ person's ratio needs no certificate (一般). */
    private String limitFlag(int age, String ratio) {
        if (age < 70) return UNDER_70_FLAGS[WeightedChoice.pick(UNDER_70_FLAG_WEIGHTS, random)];
        if (ratio.equals("030")) return random.nextBoolean() ? "B02" : "B03";
        if (ratio.equals("020") && age >= 75) return null;
        return random.nextDouble() < 0.6 ? "B05" : "B06";
    }

    /**
     * 長期入院該当年月日: for 区分オ / 低所得Ⅱ after more than 90 inpatient days within 12 months, the first of the
     * month after the application. A quarter of those holders get one.
     */
    private LocalDate longTermDate(String flag, LocalDate start) {
        if (!(flag.equals("A05") || flag.equals("B05")) || random.nextInt(4) != 0) return null;
        LocalDate date = start.withDayOfMonth(1).plusMonths(3 + random.nextInt(3));
        return date.isAfter(referenceDate) ? null : date;
    }

}
