package org.openoqs.portal.application;

import java.time.Clock;
import java.util.List;
import org.openoqs.portal.web.FormRejectedException;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The operator's 承認 / 差戻し on any application table: only an application still 審査中 can be decided (so two
 * operators cannot decide one twice), and a 差戻し must say why.
 */
@Component
public class ApplicationDecisions {
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ApplicationDecisions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the decision and returns the 医療機関等コード of the application. */
    public String decide(ApplicationKind kind, long id, ApplicationStatus decision, String operator, String comment) {
        if (decision == ApplicationStatus.SUBMITTED) throw new IllegalArgumentException("not a decision: " + decision);
        String why = comment == null ? "" : comment.strip();
        if (decision == ApplicationStatus.RETURNED && why.isEmpty()) {
            throw FormRejectedException.of("comment", "差戻しの理由を入力してください");
        }
        if (why.length() > 1000) throw FormRejectedException.of("comment", "コメントは1000文字以内で入力してください");
        List<String> codes = jdbc.queryForList("SELECT medical_institution_code FROM " + kind.table() + " WHERE id = ?",
                String.class, id);
        if (codes.isEmpty()) throw FormRejectedException.of("id", kind.label() + " " + id + " はありません");
        int changed = jdbc.update("UPDATE " + kind.table() + " SET status = ?, operator_comment = ?, decided_at = ?, "
                        + "decided_by = ? WHERE id = ? AND status = ?", decision.name(), why.isEmpty() ? null : why,
                JapanTime.now(clock), operator, id, ApplicationStatus.SUBMITTED.name());
        if (changed == 0) throw FormRejectedException.of("id", kind.label() + " " + id + " は審査中ではありません");
        return codes.get(0);
    }
}
