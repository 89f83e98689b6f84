package org.openoqs.terminal.kiosk;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.openoqs.core.consent.CareSetting;
import org.openoqs.core.consent.ConsentCategory;
import org.openoqs.terminal.AtomicFiles;

/**
 * The administrator's card-reader settings, kept in {@code <terminal dir>/kiosk-settings.properties} so they survive a
 * restart; the terminal's start-up configuration gives the values until an administrator saves the settings page.
 * A flow takes a snapshot when it starts, so a change never alters the screens of a patient already at the reader.
 */
public final class KioskSettingsStore {

    public static final String FILE_NAME = "kiosk-settings.properties";
    private static final System.Logger LOG = System.getLogger(KioskSettingsStore.class.getName());

    private final Path file;
    private volatile KioskSettings current;

    public KioskSettingsStore(Path terminalDir, KioskSettings defaults) {
        this.file = terminalDir.resolve(FILE_NAME);
        this.current = load(file, Objects.requireNonNull(defaults, "defaults"));
    }

    public KioskSettings current() {
        return current;
    }

    public synchronized void save(KioskSettings settings) {
        Properties p = new Properties();
        p.setProperty("careSetting", settings.careSetting().name());
        p.setProperty("consentScreens", settings.consentScreenOrder().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.setProperty("askPrescriptionIssue", Boolean.toString(settings.askPrescriptionIssue()));
        StringWriter out = new StringWriter();
        try {
            p.store(out, "OpenOQS card-reader settings (changed on /staff/settings)");
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            AtomicFiles.write(dir, FILE_NAME, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        current = settings;
    }

    private static KioskSettings load(Path file, KioskSettings defaults) {
        if (!Files.isRegularFile(file)) {
            return defaults;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            CareSetting care = CareSetting.valueOf(p.getProperty("careSetting", defaults.careSetting().name()));
            Set<ConsentCategory> screens = EnumSet.noneOf(ConsentCategory.class);
            String listed = p.getProperty("consentScreens");
            if (listed == null) {
                screens.addAll(defaults.consentScreens());
            } else {
                Arrays.stream(listed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(s -> screens.add(ConsentCategory.valueOf(s)));
            }
            boolean ask = Boolean.parseBoolean(p.getProperty("askPrescriptionIssue",
                    Boolean.toString(defaults.askPrescriptionIssue())));
            return new KioskSettings(care, screens, ask);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged settings file must not keep the reader from starting; the administrator saves it again.
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable " + file + ": " + e.getMessage());
            return defaults;
        }
    }
}
