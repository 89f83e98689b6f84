package org.openoqs.core.onboarding;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a 運用開始日 as entered in the portal's 運用開始日入力フォーム. The 運用開始日 is the first 診療日 on which the
 * institution can do マイナ保険証 qualification checks [C] (oqs-rules §4); the institution enters the day it started
 * or plans to start.
 *
 * <ul>
 *   <li>Not after the end of the month after the month of entry: 「入力する運用開始日は月の途中でも問題ありませんが、
 *       最大翌月末迄の日付を入力ください」 [C] (準備作業の手引き, seed 000).</li>
 *   <li>Not before {@link #PRE_OPERATION_START}, the start of OQS プレ運用 (2021-03-04): no institution can have
 *       started earlier. [I] our inference; the portal's own lower bound is not known.</li>
 * </ul>
 */
public final class GoLiveDateRule {
    /** OQS プレ運用 began on 2021-03-04. [I] */
    public static final LocalDate PRE_OPERATION_START = LocalDate.of(2021, 3, 4);

    private static final DateTimeFormatter JAPANESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    private final LocalDate earliestAllowed;

    /** The rule with {@link #PRE_OPERATION_START} as the earliest day. */
    public GoLiveDateRule() {
        this(PRE_OPERATION_START);
    }

    /** The rule with another earliest day, since that bound is only inferred. */
    public GoLiveDateRule(LocalDate earliestAllowed) {
        this.earliestAllowed = Objects.requireNonNull(earliestAllowed, "earliestAllowed");
    }

    /** The last day that may be entered on {@code today}: the end of the following month. */
    public static LocalDate latestAllowed(LocalDate today) {
        return YearMonth.from(today).plusMonths(1).atEndOfMonth();
    }

    public LocalDate earliestAllowed() { return earliestAllowed; }

    /** What is wrong with entering {@code entered} on {@code today}, in Japanese; empty when it may be entered. */
    public List<String> problems(LocalDate entered, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (entered == null) return List.of("運用開始日を入力してください");
        List<String> problems = new ArrayList<>();
        LocalDate latest = latestAllowed(today);
        if (entered.isAfter(latest)) {
            problems.add("運用開始日は最大翌月末（" + JAPANESE_DATE.format(latest) + "）までの日付を入力してください");
        }
        if (entered.isBefore(earliestAllowed)) {
            problems.add("運用開始日は" + JAPANESE_DATE.format(earliestAllowed) + "以降の日付を入力してください");
        }
        return List.copyOf(problems);
    }
}
