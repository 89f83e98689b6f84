package org.openoqs.central.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openoqs.central.medical.MedicalTestData.item;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Sex;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.core.medical.DataType;
import org.openoqs.core.medical.HealthCheckupItem;
import org.openoqs.core.medical.ItemCode;
import org.openoqs.wire.medical.HealthCheckupInformationResult;
import org.openoqs.wire.medical.HealthCheckupResultAndQuestionInfo;
import org.openoqs.wire.medical.QualificationsInfo;
import org.openoqs.wire.medical.SpecificHealthCheckupInfo;

class HealthCheckupResultMapperTest {
    final HealthCheckupResultMapper mapper = new HealthCheckupResultMapper();

    @Test
    void oneCheckupPerDayNewestFirstWithTheTkkPersonElements() {
        LocalDate day = LocalDate.of(2025, 10, 2);
        HealthCheckupItem height = item("PK-1", day, "9N001000000000001", "身長", "160.4");
        HealthCheckupItem sugar = new HealthCheckupItem("PK-1", day, ItemCode.parse("1A020000000191111"), "尿糖", DataType.CD,
                "1", "－", null, "1.2.392.200119.6.2101");
        HealthCheckupItem lastYear = item("PK-1", day.minusYears(1), "9N001000000000001", "身長", "160.6");
        var answer = new MedicalAnswer<>(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO, MedicalOutcome.GRANTED, "1", null,
                new MedicalPerson("PK-1", "鈴木　花", "ｽｽﾞｷ ﾊﾅ", LocalDate.of(1970, 2, 3), Sex.FEMALE), null,
                List.of(height, sugar, lastYear), LocalDateTime.of(2026, 5, 1, 10, 0));

        HealthCheckupInformationResult r = mapper.toResult(answer, new ResultHeaderFields("1312345679", "t-1", "0", List.of()));

        assertThat(r.messageHeader().qualificationsInfo()).isEqualTo(new QualificationsInfo("鈴木　花", "ｽｽﾞｷ ﾊﾅ", "19700203", "2"));
        assertThat(r.messageHeader().resultCode()).isEqualTo("1");
        List<SpecificHealthCheckupInfo> checkups = r.messageBody().specificHealthCheckupInfo();
        assertThat(checkups).extracting(SpecificHealthCheckupInfo::effectiveTime).containsExactly("20251002", "20241002");
        assertThat(checkups.get(0).healthCheckupResultAndQuestionInfos().healthCheckupResultAndQuestionInfo()).containsExactly(
                new HealthCheckupResultAndQuestionInfo("9N001000000000001", "身長", "PQ", "160.4", null, "cm", null),
                new HealthCheckupResultAndQuestionInfo("1A020000000191111", "尿糖", "CD", "1", "－", null, "1.2.392.200119.6.2101"));
    }

    @Test
    void aRefusalHasNoBody() {
        var refused = new MedicalAnswer<HealthCheckupItem>(ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO,
                MedicalOutcome.CONSENT_WITHDRAWN, "E1003", "同意撤回", null, null, List.of(), LocalDateTime.of(2026, 5, 1, 10, 0));
        HealthCheckupInformationResult r = mapper.toResult(refused, new ResultHeaderFields("1312345679", null, "0", List.of("note")));
        assertThat(r.messageBody()).isNull();
        assertThat(r.messageHeader().qualificationsInfo()).isNull();
        assertThat(r.messageHeader().messageContents()).isEqualTo("同意撤回");
    }
}
