package org.openoqs.portal.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.subsidy.CardReaderProduct;
import org.openoqs.core.subsidy.CardReaderTerms;
import org.openoqs.portal.account.AccountRepository;
import org.openoqs.portal.account.PortalAccount;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 顔認証付きカードリーダー申し込み (seed step 1, about 4 months before 運用開始): a product from the catalogue and a
 * number of units. The free allowance is 病院 3, 診療所・薬局 1 ([C] oqs-rules §2.1) over all of an institution's
 * applications that were not returned; units beyond it are bought from dealers and shown as such. Delivery is
 * estimated from the product's lead time; the 支払基金 announces the date early in the month before.
 */
@Service
public class CardReaderApplications {
    /** A hospital with more readers than this orders through a dealer; a typo of 100 should not pass. */
    static final int MAX_UNITS = 20;
    private static final String COLUMNS = "id, medical_institution_code, product_code, units, free_units, paid_units, "
            + "estimated_delivery, status, operator_comment, submitted_at, decided_at, decided_by";
    private final JdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final ApplicationDecisions decisions;
    private final CardReaderTerms terms;
    private final Clock clock;

    public CardReaderApplications(JdbcTemplate jdbc, AccountRepository accounts, ApplicationDecisions decisions,
                                  CardReaderTerms terms, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.decisions = decisions;
        this.terms = terms;
        this.clock = clock;
    }

    public List<CardReaderProduct> products() {
        return terms.products();
    }

    /** What an order of {@code units} would give today: free and paid units and the delivery month. */
    public Quote quote(String institutionCode, String productCode, int units) {
        PortalAccount account = accounts.find(institutionCode).orElseThrow();
        int free = Math.min(Math.max(units, 0), freeUnitsLeft(account));
        LocalDate today = LocalDate.now(clock);
        YearMonth delivery = terms.estimatedDelivery(productCode, today);
        return new Quote(units, free, Math.max(units, 0) - free, delivery, terms.deliveryNoticeBy(delivery));
    }

    /** Free units the institution may still order: the type's allowance less what open or approved orders took. */
    public int freeUnitsLeft(PortalAccount account) {
        Integer taken = jdbc.queryForObject("SELECT COALESCE(SUM(free_units), 0) FROM card_reader_application "
                + "WHERE medical_institution_code = ? AND status <> ?", Integer.class, account.medicalInstitutionCode(),
                ApplicationStatus.RETURNED.name());
        return Math.max(0, terms.freeUnits(account.institutionType()) - (taken == null ? 0 : taken));
    }

    @Transactional
    public CardReaderApplication submit(String institutionCode, String productCode, int units) {
        FormProblems problems = new FormProblems();
        try {
            terms.product(productCode);
        } catch (InvalidValueException e) {
            problems.add("productCode", "製品を選んでください");
        }
        if (units < 1 || units > MAX_UNITS) problems.add("units", "台数は1〜" + MAX_UNITS + "台で入力してください");
        problems.throwIfAny();
        Quote quote = quote(institutionCode, productCode, units);
        jdbc.update("INSERT INTO card_reader_application (medical_institution_code, product_code, units, free_units, "
                        + "paid_units, estimated_delivery, status, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                institutionCode, productCode, units, quote.freeUnits(), quote.paidUnits(),
                quote.estimatedDelivery().toString(), ApplicationStatus.SUBMITTED.name(), JapanTime.now(clock));
        return list(institutionCode).get(0);
    }

    /** The institution's applications, newest first. */
    public List<CardReaderApplication> list(String institutionCode) {
        return jdbc.query("SELECT " + COLUMNS + " FROM card_reader_application WHERE medical_institution_code = ? "
                + "ORDER BY id DESC", this::toApplication, institutionCode);
    }

    public List<CardReaderApplication> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM card_reader_application ORDER BY id", this::toApplication);
    }

    @Transactional
    public void decide(long id, ApplicationStatus decision, String operator, String comment) {
        decisions.decide(ApplicationKind.CARD_READER, id, decision, operator, comment);
    }

    /** An order as it would be placed today. */
    public record Quote(int units, int freeUnits, int paidUnits, YearMonth estimatedDelivery, LocalDate deliveryNoticeBy) {}

    private CardReaderApplication toApplication(ResultSet rs, int row) throws SQLException {
        return new CardReaderApplication(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), YearMonth.parse(rs.getString(7)), ApplicationStatus.valueOf(rs.getString(8)),
                rs.getString(9), JapanTime.local(rs.getTimestamp(10)), JapanTime.local(rs.getTimestamp(11)),
                rs.getString(12));
    }
}
