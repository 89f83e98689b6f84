package org.openoqs.terminal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.openoqs.core.code.ConsentFlag;
import org.openoqs.core.code.OqsCode;
import org.openoqs.core.code.PrescriptionIssueSelect;
import org.openoqs.core.code.QualificationValidity;
import org.openoqs.core.code.Sex;
import org.openoqs.terminal.face.OqsTimes;
import org.springframework.stereotype.Component;

/**
 * Japanese labels for OQS codes and times on the pages ({@code ${@oqsLabels.validity(code)}}). Unknown codes are shown
 * as the raw code rather than hidden: staff can still look them up.
 */
@Component("oqsLabels")
public class OqsLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm");

    public String validity(String code) {
        return label(QualificationValidity.class, code);
    }

    public String consentFlag(String code) {
        return code == null ? "—" : label(ConsentFlag.class, code);
    }

    public String sex(String code) {
        return label(Sex.class, code);
    }

    public String prescription(String code) {
        return label(PrescriptionIssueSelect.class, code);
    }

    /** 3-digit percent ({@code 030}) as 割 ({@code 3割}) [C] reference §2.2; absent as "—". */
    public String ratio(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        try {
            int percent = Integer.parseInt(code.strip());
            return percent % 10 == 0 ? (percent / 10) + "割" : percent + "%";
        } catch (NumberFormatException e) {
            return code;
        }
    }

    /** yyyyMMddHHmmss as {@code 2026/04/01 09:30}. */
    public String time(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        return OqsTimes.parse(value).map(SHOWN_TIME::format).orElse(value);
    }

    /** yyyyMMdd as {@code 2026/04/01}; yyyyMM as {@code 2026/04}. */
    public String date(String value) {
        if (value == null || value.isBlank()) {
            return "—";
        }
        String v = value.strip();
        if (v.matches("\\d{6}")) {
            return v.substring(0, 4) + "/" + v.substring(4);
        }
        try {
            return SHOWN_DAY.format(LocalDate.parse(v, DAY));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    public String date(LocalDate value) {
        return value == null ? "—" : SHOWN_DAY.format(value);
    }

    /** 保険者番号 without the space padding of result files. */
    public String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static <E extends Enum<E> & OqsCode> String label(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return OqsCode.find(type, code.strip()).map(OqsCode::label).orElse(code);
    }
}
