package org.openoqs.portal.fees;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.openoqs.core.fees.Percent;

/** Figures as the leaflet prints them: 1,011点, 103,200円, 42.4%; up to three decimals for unrounded points. */
public final class FeeFormat {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.JAPAN);

    public String points(BigDecimal points) {
        return points == null ? "—" : new DecimalFormat("#,##0.###", SYMBOLS).format(points);
    }

    public String yen(Long yen) {
        return yen == null ? "—" : new DecimalFormat("#,##0", SYMBOLS).format(yen);
    }

    public String count(BigDecimal count) {
        return new DecimalFormat("#,##0.####", SYMBOLS).format(count);
    }

    public String percent(BigDecimal share) {
        return share == null ? "—" : Percent.format(share);
    }
}
