package org.openoqs.terminal.kiosk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;

/**
 * What the administrator chooses for the card reader.
 *
 * @param careSetting 外来 by default; 入院 or 訪問診療 make 閲覧同意 last until withdrawn [C] rules §6.4
 * @param consentScreens which consent screens the patient sees. The real terminal shows only 薬剤情報 and 特定健診情報
 *     (besides the 提供同意 for 限度額 and 特定疾病) until the administrator switches 診療情報 and 手術情報 on [C]
 *     rules §6.4; see {@link #DEFAULT_CONSENT_SCREENS}
 * @param askPrescriptionIssue whether the patient chooses 処方箋発行形態 (電子/紙) [C] reference §1.2
 */
public record KioskSettings(CareSetting careSetting, Set<ConsentCategory> consentScreens, boolean askPrescriptionIssue) {

    public static final Set<ConsentCategory> DEFAULT_CONSENT_SCREENS = Set.copyOf(EnumSet.of(
            ConsentCategory.PHARMACISTS_INFO, ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO,
            ConsentCategory.LIMIT_APPLICATION_CERTIFICATE, ConsentCategory.SPECIFIC_DISEASES_CERTIFICATE));

    public static final KioskSettings DEFAULTS = new KioskSettings(CareSetting.OUTPATIENT, DEFAULT_CONSENT_SCREENS, true);

    /** The settings an administrator may choose for a card reader: 外来, 入院, 訪問診療 (the others are not kiosk visits). */
    public static final List<CareSetting> SELECTABLE_CARE_SETTINGS =
            List.of(CareSetting.OUTPATIENT, CareSetting.INPATIENT, CareSetting.HOME_VISIT);

    public KioskSettings {
        Objects.requireNonNull(careSetting, "careSetting");
        consentScreens = consentScreens.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(consentScreens));
    }

    /** The screens in the order the patient sees them (the order of {@link ConsentCategory}). */
    public List<ConsentCategory> consentScreenOrder() {
        return Arrays.stream(ConsentCategory.values()).filter(consentScreens::contains).toList();
    }
}
