package org.openoqs.core.qualification;

import org.openoqs.core.text.CardText;

/**
 * The card keys 記号・番号・枝番 in normalised form ({@link CardText}). {@code symbol} is null on cards without one
 * (後期高齢); {@code branchNumber} is null on cards issued before 個人単位化.
 */
public record InsuredCard(String symbol, String identificationNumber, String branchNumber) {

    /** Normalises raw values as typed or read from a file. */
    public static InsuredCard of(String symbol, String identificationNumber, String branchNumber) {
        return new InsuredCard(CardText.symbol(symbol), CardText.identificationNumber(identificationNumber),
                CardText.branchNumber(branchNumber));
    }

    /**
     * Whether a record with this card answers a query with {@code query}: 記号 and 番号 must be equal; the 枝番 is
     * compared only when both sides have one, because old cards and legacy records lack it.
     */
    public boolean answers(InsuredCard query) {
        return java.util.Objects.equals(symbol, query.symbol)
                && identificationNumber.equals(query.identificationNumber)
                && (query.branchNumber == null || branchNumber == null || branchNumber.equals(query.branchNumber));
    }
}
