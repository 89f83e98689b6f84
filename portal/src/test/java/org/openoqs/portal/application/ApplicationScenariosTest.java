package org.openoqs.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.portal.support.PortalSteps.register;

import java.io.ByteArrayInputStream;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.central.pki.TerminalCertificateRegistry;
import org.openoqs.portal.certificate.CertificateExpiryReminder;
import org.openoqs.portal.certificate.IssuedDownload;
import org.openoqs.portal.certificate.TerminalCertificateView.CertificateState;
import org.openoqs.portal.certificate.TerminalCertificates;
import org.openoqs.portal.operator.ApplicationCsvExport;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.openoqs.portal.support.PortalSteps;
import org.openoqs.portal.web.FormRejectedException;

/**
 * Card-reader and 利用申請 applications, the operator's decisions and CSV, and terminal certificates (issue only after
 * approval, one per terminal, revoke, expiry reminder) — on H2 and on PostgreSQL.
 */
class ApplicationScenariosTest {

    @Nested
    class OnH2 extends Scenarios {
        OnH2() { super(Store.H2); }
    }

    @Nested
    class OnPostgres extends Scenarios {
        OnPostgres() { super(Store.POSTGRES); }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Scenarios {
        private final Store store;
        private PortalFixture portal;
        private CardReaderApplications cardReaders;
        private UsageApplications usage;
        private TerminalCertificates certificates;
        private int next = 100;

        Scenarios(Store store) {
            this.store = store;
        }

        @BeforeAll
        void start() {
            portal = PortalFixture.start(store);
            cardReaders = portal.bean(CardReaderApplications.class);
            usage = portal.bean(UsageApplications.class);
            certificates = portal.bean(TerminalCertificates.class);
        }

        @AfterAll
        void stop() {
            if (portal != null) portal.close();
        }

        /** Registers a new institution of the given kind and returns its code. */
        private String institution(char feeSchedule, boolean hospital) throws Exception {
            String code = PortalSteps.code("13", feeSchedule, String.format("01%04d", next++));
            register(portal.mvc(), code, code + "@example.jp", hospital);
            return code;
        }

        @Test
        void aClinicGetsOneFreeReaderAndAHospitalThree() throws Exception {
            String clinic = institution('1', false);
            var first = cardReaders.submit(clinic, "CANON-CAORA", 2);
            assertThat(first.freeUnits()).isEqualTo(1);
            assertThat(first.paidUnits()).isEqualTo(1);
            // Ordered 2026-11-21 with a 4-month lead: delivery 2027-03.
            assertThat(first.estimatedDelivery()).hasToString("2027-03");
            assertThat(cardReaders.submit(clinic, "CANON-CAORA", 1).freeUnits()).as("the allowance is used up").isZero();

            String hospital = institution('1', true);
            assertThat(cardReaders.submit(hospital, "ALMEX-MYNATOUCH", 2).freeUnits()).isEqualTo(2);
            var second = cardReaders.submit(hospital, "ALMEX-MYNATOUCH", 2);
            assertThat(second.freeUnits()).isEqualTo(1);
            cardReaders.decide(second.id(), ApplicationStatus.RETURNED, "operator", "台数を確認してください");
            assertThat(cardReaders.quote(hospital, "ALMEX-MYNATOUCH", 3).freeUnits()).as("a returned order frees its units")
                    .isEqualTo(1);
        }

        @Test
        void refusesUnknownProductsAndSillyCounts() throws Exception {
            String clinic = institution('1', false);
            assertThatThrownBy(() -> cardReaders.submit(clinic, "NO-SUCH", 0)).isInstanceOfSatisfying(
                    FormRejectedException.class, e -> assertThat(e.problems().asMap()).containsKeys("productCode", "units"));
        }

        @Test
        void ipVpnOnNttNeedsACustomerIdOfTheRightCarrier() throws Exception {
            String clinic = institution('1', false);
            assertThatThrownBy(() -> usage.submit(clinic, form("IP_VPN", "NTT_FLETS", ""))).isInstanceOfSatisfying(
                    FormRejectedException.class, e -> assertThat(e.problems().asMap()).containsKey("customerId"));
            assertThatThrownBy(() -> usage.submit(clinic, form("IP_VPN", "NTT_FLETS", "CAF12345"))).isInstanceOfSatisfying(
                    FormRejectedException.class, e -> assertThat(e.problems().asMap().get("customerId")).contains("形式"));
            assertThatThrownBy(() -> usage.submit(clinic, form("IP_VPN", "HIKARI_COLLABO", "CAF1234567890")))
                    .isInstanceOfSatisfying(FormRejectedException.class,
                            e -> assertThat(e.problems().asMap().get("customerId")).contains("COP"));
            UsageApplication accepted = usage.submit(clinic, form("IP_VPN", "HIKARI_COLLABO", "cop1234567890"));
            assertThat(accepted.customerId()).isEqualTo("COP1234567890");
            assertThatThrownBy(() -> usage.submit(clinic, form("IPSEC_IKE", "", ""))).as("one open application")
                    .isInstanceOf(FormRejectedException.class);
        }

        @Test
        void ipsecNeedsNoCustomerIdAndStoresNone() throws Exception {
            String clinic = institution('3', false);
            UsageApplication a = usage.submit(clinic, form("IPSEC_IKE", "NTT_FLETS", "CAF1234567890"));
            assertThat(a.lineCarrier()).isNull();
            assertThat(a.customerId()).isNull();
        }

        @Test
        void plannedMonthsMustBeOrdered() throws Exception {
            String clinic = institution('1', false);
            assertThatThrownBy(() -> usage.submit(clinic, new UsageApplicationForm("IPSEC_IKE", "", "", "2027-02", "2027-03", false)))
                    .isInstanceOfSatisfying(FormRejectedException.class,
                            e -> assertThat(e.problems().asMap()).containsKey("plannedTestMonth"));
            assertThatThrownBy(() -> usage.submit(clinic, new UsageApplicationForm("IPSEC_IKE", "", "", "2026-10", "", false)))
                    .isInstanceOfSatisfying(FormRejectedException.class,
                            e -> assertThat(e.problems().asMap()).containsKey("plannedStartMonth"));
        }

        @Test
        void approvalIssuesTheMasterAccountAndOpensCertificates() throws Exception {
            String clinic = institution('1', false);
            assertThatThrownBy(() -> certificates.issue(clinic, "uketsuke-1", "p12-password-1", "p12-password-1"))
                    .as("no certificate before approval").isInstanceOf(FormRejectedException.class);
            UsageApplication a = usage.submit(clinic, form("IP_VPN", "NTT_FLETS", "CAF0123456789"));
            assertThatThrownBy(() -> usage.returnApplication(a.id(), "operator", " "))
                    .as("a return must say why").isInstanceOf(FormRejectedException.class);
            String master = usage.approve(a.id(), "operator", "");
            assertThat(master).isEqualTo("M" + clinic);
            assertThatThrownBy(() -> usage.approve(a.id(), "operator", "")).as("decided once")
                    .isInstanceOf(FormRejectedException.class);
            var mails = portal.outbox().sentTo(clinic + "@example.jp");
            assertThat(mails).anySatisfy(m -> assertThat(m.body()).contains("本番環境").contains("接続検証環境").contains(master));

            IssuedDownload download = certificates.issue(clinic, "uketsuke-1", "p12-password-1", "p12-password-1");
            KeyStore p12 = KeyStore.getInstance("PKCS12");
            p12.load(new ByteArrayInputStream(download.pkcs12()), "p12-password-1".toCharArray());
            X509Certificate certificate = (X509Certificate) p12.getCertificate("openoqs");
            assertThat(certificate.getSubjectX500Principal().getName()).contains("uketsuke-1").contains(clinic);
            assertThat(p12.getKey("openoqs", "p12-password-1".toCharArray())).as("the private key is in the file").isNotNull();

            assertThatThrownBy(() -> certificates.issue(clinic, "uketsuke-1", "p12-password-2", "p12-password-2"))
                    .as("one certificate per terminal").isInstanceOf(FormRejectedException.class);
            TerminalCertificateRegistry registry = portal.bean(TerminalCertificateRegistry.class);
            assertThat(registry.isActive(download.serialNumber(), portal.clock.instant())).isTrue();

            String other = institution('1', false);
            assertThatThrownBy(() -> certificates.revoke(other, download.serialNumber(), "")).as("not their certificate")
                    .isInstanceOf(FormRejectedException.class);
            certificates.revoke(clinic, download.serialNumber(), "端末入替");
            assertThat(registry.isActive(download.serialNumber(), portal.clock.instant())).as("revoked at once").isFalse();
            assertThat(certificates.list(clinic)).singleElement().satisfies(c -> {
                assertThat(c.state()).isEqualTo(CertificateState.REVOKED);
                assertThat(c.revocationReason()).isEqualTo("端末入替");
            });
            assertThat(certificates.issue(clinic, "uketsuke-1", "p12-password-3", "p12-password-3").terminalId())
                    .as("a revoked terminal may get a new certificate").isEqualTo("uketsuke-1");
        }

        @Test
        void remindsOnceBeforeACertificateExpires() throws Exception {
            // Its own portal: the clock moves three years, which must not age the other scenarios' data.
            try (PortalFixture own = PortalFixture.start(store)) {
                String clinic = PortalSteps.code("13", '4', "019999");
                register(own.mvc(), clinic, "reminded@example.jp", false);
                UsageApplications ownUsage = own.bean(UsageApplications.class);
                ownUsage.approve(ownUsage.submit(clinic, form("IPSEC_IKE", "", "")).id(), "operator", "");
                TerminalCertificates ownCertificates = own.bean(TerminalCertificates.class);
                ownCertificates.issue(clinic, "kusuri-1", "p12-password-1", "p12-password-1");
                CertificateExpiryReminder reminder = own.bean(CertificateExpiryReminder.class);
                assertThat(reminder.remindAll()).as("three years left").isZero();
                // Terminal certificates live 3 years; 3 × 365 − 40 days later less than 60 days remain.
                own.clock.advance(Duration.ofDays(365 * 3 - 40));
                assertThat(ownCertificates.expiringSoon(clinic)).hasSize(1);
                assertThat(reminder.remindAll()).isEqualTo(1);
                assertThat(reminder.remindAll()).as("each certificate once").isZero();
                assertThat(own.outbox().sentTo("reminded@example.jp"))
                        .anySatisfy(m -> assertThat(m.subject()).contains("有効期限"));
            }
        }

        @Test
        void exportsEveryApplicationAsCsvWithTheCodeVocabulary() throws Exception {
            String clinic = institution('1', false);
            usage.submit(clinic, form("IP_VPN", "NTT_FLETS", "CAF9876543210"));
            cardReaders.submit(clinic, "PANASONIC", 1);
            ApplicationCsvExport export = portal.bean(ApplicationCsvExport.class);
            String csv = export.export(ApplicationKind.USAGE);
            assertThat(csv).startsWith("\uFEFFApplicationId,MedicalInstitutionCode,InstitutionName,InstitutionType,LineType");
            assertThat(csv).contains(clinic + ",テスト医療機関 " + clinic + ",MEDICAL_CLINIC,IP_VPN,NTT_FLETS,CAF9876543210");
            assertThat(export.export(ApplicationKind.CARD_READER)).contains(clinic).contains("PANASONIC");
        }

        private static UsageApplicationForm form(String lineType, String carrier, String customerId) {
            return new UsageApplicationForm(lineType, carrier, customerId, "2027-04", "2027-03", false);
        }
    }
}
