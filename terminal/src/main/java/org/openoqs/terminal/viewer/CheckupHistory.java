package org.openoqs.terminal.viewer;

import java.util.List;

/** 特定健診情報 as the viewer shows it: checkups, newest first, each with its items. */
public record CheckupHistory(String patientName, List<Checkup> checkups) {

    public CheckupHistory {
        checkups = List.copyOf(checkups);
    }

    public boolean empty() {
        return checkups.isEmpty();
    }

    /** One SpecificHealthCheckupInfo; {@code date} is its EffectiveTime (yyyyMMdd, or longer as sent). */
    public record Checkup(String date, List<Item> items) {
        public Checkup {
            items = List.copyOf(items);
        }
    }

    /**
     * One HealthCheckupResultAndQuestionInfo.
     *
     * @param value DataValueName when the value is coded, else DataValue
     */
    public record Item(String code, String name, String value, String unit) {
    }
}
