package org.openoqs.app.bench;

import java.util.Objects;

/**
 * The five fields a 照会区分 2 query carries, as the insurer registered them: InsurerNumber, InsuredCardSymbol,
 * InsuredIdentificationNumber, InsuredBranchNumber (empty on legacy cards) and Birthdate ({@code yyyyMMdd}).
 * Stored one per line, tab-separated, in the key file the bench hands to the load generator.
 */
public record CardKey(String insurerNumber, String symbol, String number, String branch, String birthdate) {
    public CardKey {
        Objects.requireNonNull(insurerNumber, "insurerNumber");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(birthdate, "birthdate");
        symbol = symbol == null ? "" : symbol;
        branch = branch == null ? "" : branch;
    }

    public String toLine() {
        return String.join("\t", insurerNumber, symbol, number, branch, birthdate);
    }

    public static CardKey parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) throw new IllegalArgumentException("a key line has 5 tab-separated fields, not " + f.length + ": " + line);
        return new CardKey(f[0], f[1], f[2], f[3], f[4]);
    }
}
