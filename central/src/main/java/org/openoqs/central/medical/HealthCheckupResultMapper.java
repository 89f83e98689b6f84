package org.openoqs.central.medical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.wire.medical.HealthCheckupInformationResult;
import org.openoqs.wire.medical.HealthCheckupInformationResultBody;
import org.openoqs.wire.medical.HealthCheckupInformationResultHeader;
import org.openoqs.wire.medical.HealthCheckupResultAndQuestionInfo;
import org.openoqs.wire.medical.HealthCheckupResultAndQuestionInfos;
import org.openoqs.wire.medical.QualificationsInfo;
import org.openoqs.wire.medical.SpecificHealthCheckupInfo;

/**
 * A 特定健診情報 answer as a TKKsiquc01res: one SpecificHealthCheckupInfo per 受診日, newest first, items in the order
 * received.
 */
final class HealthCheckupResultMapper {

    HealthCheckupInformationResult toResult(MedicalAnswer<HealthCheckupItem> answer, ResultHeaderFields header) {
        QualificationsInfo person = answer.person() == null ? null : new QualificationsInfo(answer.person().name(),
                answer.person().nameKana(), OqsDates.format(answer.person().birthdate()), answer.person().sex().code());
        HealthCheckupInformationResultHeader h = new HealthCheckupInformationResultHeader(OqsDates.format(answer.answeredAt()),
                header.institutionCode(), header.arbitraryFileIdentifier(), header.characterCodeIdentifier(),
                answer.resultCode(), header.messageContents(answer), person);
        return new HealthCheckupInformationResult(h, answer.granted()
                ? new HealthCheckupInformationResultBody(checkups(answer.entries())) : null);
    }

    private static List<SpecificHealthCheckupInfo> checkups(List<HealthCheckupItem> items) {
        Map<LocalDate, List<HealthCheckupResultAndQuestionInfo>> byDay = new LinkedHashMap<>();
        for (HealthCheckupItem i : items) {
            byDay.computeIfAbsent(i.effectiveTime(), k -> new ArrayList<>()).add(new HealthCheckupResultAndQuestionInfo(
                    i.itemCode().value(), i.itemName(), i.dataType().code(), i.dataValue(), i.dataValueName(), i.unit(), i.oid()));
        }
        List<SpecificHealthCheckupInfo> checkups = new ArrayList<>();
        byDay.forEach((day, list) -> checkups.add(new SpecificHealthCheckupInfo(OqsDates.format(day),
                new HealthCheckupResultAndQuestionInfos(list))));
        return checkups;
    }
}
