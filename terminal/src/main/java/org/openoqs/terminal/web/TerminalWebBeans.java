package org.openoqs.terminal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.openoqs.jpki.CardWallet;
import org.openoqs.jpki.FaceMatcher;
import org.openoqs.terminal.CentralClient;
import org.openoqs.terminal.HttpCentralClient;
import org.openoqs.terminal.TerminalFolders;
import org.openoqs.terminal.card.CardCentralClient;
import org.openoqs.terminal.face.FaceFileWriter;
import org.openoqs.terminal.face.FaceResultReader;
import org.openoqs.terminal.face.RecentFaceResults;
import org.openoqs.terminal.kiosk.KioskService;
import org.openoqs.terminal.kiosk.KioskSessions;
import org.openoqs.terminal.kiosk.KioskSettingsStore;
import org.openoqs.terminal.staff.StaffAccounts;
import org.openoqs.terminal.viewer.MedicalInformationService;
import org.openoqs.terminal.viewer.ViewablePatients;
import org.openoqs.wire.xml.XmlMsgReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The composition root: the plain-Java services of the kiosk, staff and viewer features, built from
 * {@link TerminalWebConfig} (registered by {@link TerminalWebServer}). The feature classes themselves know nothing of
 * Spring except their controllers.
 */
@Configuration(proxyBeanMethods = false)
class TerminalWebBeans {

    @Bean
    Clock clock(TerminalWebConfig config) {
        return config.clock();
    }

    @Bean
    TerminalFolders terminalFolders(TerminalWebConfig config) {
        try {
            return TerminalFolders.create(config.terminalDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the terminal folders in " + config.terminalDir(), e);
        }
    }

    @Bean
    XmlMsgReader xmlMsgReader() {
        return new XmlMsgReader();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    @Bean
    StaffAccounts staffAccounts(TerminalWebConfig config, PasswordEncoder encoder) {
        return StaffAccounts.in(config.terminalDir(), encoder);
    }

    @Bean
    RecentFaceResults recentFaceResults(TerminalWebConfig config, TerminalFolders folders, XmlMsgReader reader) {
        RecentFaceResults recent = new RecentFaceResults(config.recentResults());
        recent.loadFrom(folders.face(), reader, new FaceResultReader());
        return recent;
    }

    @Bean
    KioskSettingsStore kioskSettingsStore(TerminalWebConfig config) {
        return new KioskSettingsStore(config.terminalDir(), config.kioskDefaults());
    }

    @Bean
    KioskService kioskService(TerminalWebConfig config, TerminalFolders folders, XmlMsgReader reader,
            RecentFaceResults recent, KioskSettingsStore settings, Clock clock) {
        return new KioskService(new CardWallet(config.walletDir()), new FaceMatcher(config.faceThreshold()),
                new CardCentralClient(config.centralBaseUrl(), config.sslContext(), config.centralTimeout()),
                new FaceFileWriter(folders.face(), config.institution(), config.resultEncoding(), clock, reader),
                new FaceResultReader(), recent, settings,
                new KioskService.Options(config.institution(), config.resultEncoding(), config.kioskIdleTimeout(),
                        Duration.ofSeconds(10)),
                clock);
    }

    @Bean
    KioskSessions kioskSessions(KioskService service, Clock clock) {
        return new KioskSessions(service, clock);
    }

    @Bean
    ViewablePatients viewablePatients(RecentFaceResults recent, Clock clock) {
        return new ViewablePatients(recent, clock);
    }

    @Bean
    MedicalInformationService medicalInformationService(TerminalWebConfig config, XmlMsgReader reader,
            KioskSettingsStore settings, Clock clock) {
        CentralClient central = new HttpCentralClient(config.centralBaseUrl(), config.sslContext(), config.centralTimeout());
        return new MedicalInformationService(central, reader, config.institution(), config.resultEncoding(),
                settings, config.centralTimeout(), clock);
    }
}
