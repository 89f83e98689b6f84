package org.openoqs.terminal.viewer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openoqs.wire.xml.XmlNode;

/**
 * Reads a {@code TKKsiquc01res} into a {@link CheckupHistory} by element name: SpecificHealthCheckupInfo with
 * EffectiveTime and HealthCheckupResultAndQuestionInfo items (ItemCode, ItemName, DataValue, DataValueName, Unit)
 * [C] reference §2.7.
 */
public final class CheckupHistoryReader {

    public CheckupHistory read(XmlNode root) {
        String patient = root.path("MessageHeader/QualificationsInfo").map(q -> XmlSearch.text(q, "Name")).orElse(null);
        List<CheckupHistory.Checkup> checkups = new ArrayList<>();
        for (XmlNode info : XmlSearch.outermost(root, "SpecificHealthCheckupInfo"::equals)) {
            List<CheckupHistory.Item> items = new ArrayList<>();
            for (XmlNode item : XmlSearch.descendants(info, "HealthCheckupResultAndQuestionInfo"::equals)) {
                String value = XmlSearch.text(item, "DataValueName", "DataValue");
                items.add(new CheckupHistory.Item(XmlSearch.text(item, "ItemCode"), XmlSearch.text(item, "ItemName"),
                        value, XmlSearch.text(item, "DataValueName") != null ? null : XmlSearch.text(item, "Unit")));
            }
            checkups.add(new CheckupHistory.Checkup(XmlSearch.text(info, "EffectiveTime"), items));
        }
        checkups.sort(Comparator.comparing((CheckupHistory.Checkup c) -> c.date() == null ? "" : c.date()).reversed());
        return new CheckupHistory(patient, checkups);
    }
}
