package org.openoqs.core.subsidy;

import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.table.CsvTable;
import org.openoqs.core.table.CsvRow;
import org.openoqs.core.table.TableException;

/**
 * The card-reader side of the subsidy scheme: how many 顔認証付きカードリーダー the 支払基金 supplies free, which
 * products could be chosen, and when an ordered reader can be expected.
 *
 * <p>It lives in the subsidy package because the free units are the first column of the §2.1 subsidy table and the
 * product catalogue is a table of the same kind (read with the same reader, errors as {@link TableException}).
 */
public final class CardReaderTerms {
    public static final String PRODUCTS_RESOURCE = "card-reader-products.csv";
    static final List<String> PRODUCT_COLUMNS = List.of("ProductCode", "Maker", "ProductName", "LeadMonths",
            "Confidence", "Note");
    /** The 支払基金 announces the delivery date in the 上旬 (days 1–10) of the month before delivery. */
    static final int NOTICE_DAY = 10;

    private final Map<String, CardReaderProduct> products;

    private CardReaderTerms(Map<String, CardReaderProduct> products) {
        this.products = products;
    }

    /** The four products of §1.8, read once. */
    public static CardReaderTerms bundled() {
        return Bundled.TERMS;
    }

    public static CardReaderTerms read(Reader products, String source) {
        Map<String, CardReaderProduct> byCode = new LinkedHashMap<>();
        Map<String, Integer> lineOfCode = new LinkedHashMap<>();
        for (CsvRow row : CsvTable.read(products, source, PRODUCT_COLUMNS)) {
            CardReaderProduct product = product(row);
            Integer first = lineOfCode.putIfAbsent(product.productCode(), row.line());
            if (first != null) {
                throw row.error("ProductCode",
                        "duplicate '" + product.productCode() + "' (first on line " + first + ")");
            }
            byCode.put(product.productCode(), product);
        }
        if (byCode.isEmpty()) throw new TableException(source, 0, null, "no product rows");
        return new CardReaderTerms(byCode);
    }

    public List<CardReaderProduct> products() {
        return List.copyOf(products.values());
    }

    public CardReaderProduct product(String productCode) {
        CardReaderProduct product = productCode == null ? null : products.get(productCode.strip());
        if (product == null) {
            throw new InvalidValueException(CardReaderProduct.FIELD, productCode, "unknown product code; known: "
                    + String.join(", ", products.keySet()));
        }
        return product;
    }

    /** Readers supplied free: "病院は3台まで、診療所・薬局は1台" [C] (portal FAQ post-5; §2.1). */
    public int freeUnits(InstitutionType type) {
        Objects.requireNonNull(type, "type");
        return type.isHospital() ? 3 : 1;
    }

    /** Of {@code requested} readers, how many are free. */
    public int freeUnitsOrdered(InstitutionType type, int requested) {
        return Math.min(requested(requested), freeUnits(type));
    }

    /** Of {@code requested} readers, how many the institution buys from a dealer (§2.1: beyond the free ones). */
    public int paidUnits(InstitutionType type, int requested) {
        return requested(requested) - freeUnitsOrdered(type, requested);
    }

    /** The month a reader ordered on {@code orderDate} is expected: the order month plus the product's lead months. */
    public YearMonth estimatedDelivery(String productCode, LocalDate orderDate) {
        if (orderDate == null) throw new InvalidValueException("ReaderOrderDate", null, "required");
        return YearMonth.from(orderDate).plusMonths(product(productCode).leadMonths());
    }

    /**
     * The day by which the 支払基金 tells the institution its delivery date: 「支払基金より配送月の前月上旬に配送予定日を
     * お知らせします」 (seed 000, 準備作業の手引き 3-1) [C]; 上旬 is days 1–10, so the 10th of the month before.
     */
    public LocalDate deliveryNoticeBy(YearMonth delivery) {
        Objects.requireNonNull(delivery, "delivery");
        return delivery.minusMonths(1).atDay(NOTICE_DAY);
    }

    private static int requested(int requested) {
        if (requested < 0) {
            throw new InvalidValueException("RequestedUnits", String.valueOf(requested), "must not be negative");
        }
        return requested;
    }

    private static CardReaderProduct product(CsvRow row) {
        Confidence confidence = row.parsed("Confidence", Confidence::parse);
        return row.build(() -> new CardReaderProduct(row.text("ProductCode"), row.text("Maker"),
                row.optionalText("ProductName"), row.count("LeadMonths"), confidence,
                row.optionalText("Note")));
    }

    private static final class Bundled {
        static final CardReaderTerms TERMS = read(SubsidyRuleTable.reader(PRODUCTS_RESOURCE), PRODUCTS_RESOURCE);
    }
}
