package org.openoqs.terminal.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;

class KioskSettingsStoreTest {

    @TempDir Path dir;

    @Test
    void defaultsShowOnlyDrugAndCheckupViewingScreensUntilTheAdministratorChangesThem() {
        KioskSettings defaults = new KioskSettingsStore(dir, KioskSettings.DEFAULTS).current();
        assertThat(defaults.careSetting()).isEqualTo(CareSetting.OUTPATIENT);
        assertThat(defaults.consentScreens()).doesNotContain(ConsentCategory.DIAGNOSIS_INFO, ConsentCategory.OPERATION_INFO)
                .contains(ConsentCategory.PHARMACISTS_INFO, ConsentCategory.SPECIFIC_HEALTH_CHECKUPS_INFO);
    }

    @Test
    void savedSettingsSurviveARestart() {
        KioskSettings chosen = new KioskSettings(CareSetting.INPATIENT, EnumSet.allOf(ConsentCategory.class), false);
        new KioskSettingsStore(dir, KioskSettings.DEFAULTS).save(chosen);
        assertThat(new KioskSettingsStore(dir, KioskSettings.DEFAULTS).current()).isEqualTo(chosen);
        new KioskSettingsStore(dir, KioskSettings.DEFAULTS).save(new KioskSettings(CareSetting.HOME_VISIT, EnumSet.noneOf(ConsentCategory.class), true));
        assertThat(new KioskSettingsStore(dir, KioskSettings.DEFAULTS).current().consentScreens()).isEmpty();
    }

    @Test
    void aDamagedFileFallsBackToTheDefaults() throws Exception {
        Files.writeString(dir.resolve(KioskSettingsStore.FILE_NAME), "careSetting=SOMEWHERE\n");
        assertThat(new KioskSettingsStore(dir, KioskSettings.DEFAULTS).current()).isEqualTo(KioskSettings.DEFAULTS);
    }
}
