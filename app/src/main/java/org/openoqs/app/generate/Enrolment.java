package org.openoqs.app.generate;

import java.time.LocalDate;

/**
 * One household's (or one 後期高齢 person's) qualification at an insurer: the shared 記号・番号 and the period.
 *
 * @param insurer              the insurer
 * @param symbol               InsuredCardSymbol; empty for 後期高齢
 * @param number               InsuredIdentificationNumber
 * @param withBranch           whether members get a 2-digit 枝番; false for 後期高齢 and for legacy cards
 * @param cardClassification   InsuredCardClassification (OQSCD010), {@code 01} for most
 * @param qualificationDate    資格取得日 of the 被保険者; dependants born later qualify at birth
 * @param disqualificationDate 資格喪失日, null while the qualification is current
 * @param reasonOfLoss         ReasonOfLoss (OQSCD008) when disqualified, else empty
 */
public record Enrolment(Insurer insurer, String symbol, String number, boolean withBranch, String cardClassification,
                        LocalDate qualificationDate, LocalDate disqualificationDate, String reasonOfLoss) {

    public static final String LOSS_DEATH = "01";
    public static final String LOSS_OTHER_INSURANCE = "03";

    public boolean isOpen() { return disqualificationDate == null; }

    /** This qualification ending on {@code date} for {@code reason}. */
    public Enrolment closedOn(LocalDate date, String reason) {
        return new Enrolment(insurer, symbol, number, withBranch, cardClassification, qualificationDate, date,
                reason);
    }
}
