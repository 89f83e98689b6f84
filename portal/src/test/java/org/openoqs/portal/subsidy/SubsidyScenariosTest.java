package org.openoqs.portal.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openoqs.portal.support.PortalSteps.register;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.core.subsidy.SubsidyDecision;
import org.openoqs.portal.application.ApplicationStatus;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.openoqs.portal.support.PortalSteps;
import org.openoqs.portal.web.FormRejectedException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 補助金申請 through the portal: the grant from the rule table, the three documents with their SHA-256, the deadline
 * on the day of submission, and the operator's decision — on H2 and on PostgreSQL. The clock starts in 2023, when the
 * original fund still took applications (until 2023-09-30 for institutions running by 2023-03-31).
 */
class SubsidyScenariosTest {
    /** 2023-09-29 10:00 JST: one day before the application deadline. */
    static final Instant START = Instant.parse("2023-09-29T01:00:00Z");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
        private SubsidyApplications subsidies;
        private SubsidyDocuments documents;
        private int next = 300;

        Scenarios(Store store) {
            this.store = store;
        }

        @BeforeAll
        void start() {
            portal = PortalFixture.start(store, START);
            subsidies = portal.bean(SubsidyApplications.class);
            documents = portal.bean(SubsidyDocuments.class);
        }

        @AfterAll
        void stop() {
            if (portal != null) portal.close();
        }

        private String institution(char feeSchedule, boolean hospital) throws Exception {
            String code = PortalSteps.code("19", feeSchedule, String.format("01%04d", next++));
            register(portal.mvc(), code, code + "@example.jp", hospital);
            return code;
        }

        @Test
        void aClinicIsGrantedTheLesserOfCostTimesRateAndTheCap() throws Exception {
            String clinic = institution('1', false);
            // 500,000 × 3/4 = 375,000 > cap 321,000 → 321,000 (CLINIC standard row).
            SubsidyDecision decision = subsidies.preview(clinic, form("1", "", "2023-03-01", "300000", "200000"));
            assertThat(decision.eligible()).isTrue();
            assertThat(decision.grant()).isEqualTo(321_000);
            // 200,000 × 3/4 = 150,000 < cap.
            assertThat(subsidies.preview(clinic, form("1", "", "2023-03-01", "200000", "0")).grant()).isEqualTo(150_000);
        }

        @Test
        void aClinicThatOrderedItsReaderBy20210331GetsActualCost() throws Exception {
            String clinic = institution('3', false);
            // 実費 up to 429,000: 400,000 × 1/1 = 400,000.
            SubsidyDecision decision = subsidies.preview(clinic, form("1", "2021-03-31", "2023-03-01", "400000", "0"));
            assertThat(decision.grant()).isEqualTo(400_000);
            assertThat(decision.appliedRule().orElseThrow().ruleId()).isEqualTo("CLINIC-2021-ORDER");
        }

        @Test
        void aHospitalsCapDependsOnItsReaders() throws Exception {
            String hospital = institution('1', true);
            // 3 readers: 1,903,000 × 1/2 → cap 951,000; cost 3,000,000 × 1/2 = 1,500,000 → 951,000.
            assertThat(subsidies.preview(hospital, form("3", "", "2023-03-01", "3000000", "0")).grant()).isEqualTo(951_000);
            assertThat(subsidies.preview(hospital, form("1", "", "2023-03-01", "3000000", "0")).grant()).isEqualTo(1_050_000);
        }

        @Test
        void submissionNeedsTheThreeDocumentsAndKeepsTheirChecksums() throws Exception {
            String clinic = institution('1', false);
            SubsidyApplication draft = subsidies.save(clinic, form("1", "", "2023-02-15", "300000", "129000"));
            assertThat(draft.status()).isEqualTo(SubsidyStatus.DRAFT);
            assertThatThrownBy(() -> subsidies.submit(clinic)).isInstanceOfSatisfying(FormRejectedException.class,
                    e -> assertThat(e.problems().asMap()).containsKeys("document-RECEIPT", "document-RECEIPT_BREAKDOWN",
                            "document-COMPLETION_REPORT"));
            SubsidyDocument receipt = documents.store(draft.id(), SubsidyDocumentKind.RECEIPT, "C:\\scans\\領収書.pdf", PDF);
            assertThat(receipt.fileName()).isEqualTo("領収書.pdf");
            // sha256 of PDF computed independently: the stored checksum must be the real one.
            assertThat(receipt.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
            documents.store(draft.id(), SubsidyDocumentKind.RECEIPT_BREAKDOWN, "内訳書.pdf", PDF);
            documents.store(draft.id(), SubsidyDocumentKind.COMPLETION_REPORT, "完了報告書.pdf", PDF);

            SubsidyApplication submitted = subsidies.submit(clinic);
            assertThat(submitted.status()).isEqualTo(SubsidyStatus.SUBMITTED);
            // 429,000 × 3/4 = 321,750 → cap 321,000.
            assertThat(submitted.grantAmount()).isEqualTo(321_000);
            assertThat(submitted.ruleTableVersion()).isEqualTo(subsidies.ruleTable().version());
            assertThat(submitted.documentCount()).isEqualTo(3);
            assertThatThrownBy(() -> subsidies.save(clinic, form("1", "", "2023-02-15", "1", "1")))
                    .as("submitted applications cannot be edited").isInstanceOf(FormRejectedException.class);

            subsidies.decide(submitted.id(), ApplicationStatus.RETURNED, "operator", "内訳書の金額が領収書と一致しません");
            assertThat(subsidies.open(clinic)).as("a returned application is editable again").isPresent();
        }

        @Test
        void refusesFilesThatAreNotPdfOrImagesAndDetectsTampering() throws Exception {
            String clinic = institution('4', false);
            SubsidyApplication draft = subsidies.save(clinic, form("1", "", "2023-03-01", "100000", "0"));
            assertThatThrownBy(() -> documents.store(draft.id(), SubsidyDocumentKind.RECEIPT, "receipt.pdf",
                    "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))).isInstanceOf(FormRejectedException.class);
            SubsidyDocument stored = documents.store(draft.id(), SubsidyDocumentKind.RECEIPT, "receipt.pdf", PDF);
            assertThat(documents.read(draft.id(), stored.id()).bytes()).isEqualTo(PDF);

            byte[] changed = PDF.clone();
            changed[changed.length - 2] = 'X';
            portal.bean(JdbcTemplate.class).update("UPDATE subsidy_document SET content = ? WHERE id = ?", changed, stored.id());
            assertThatThrownBy(() -> documents.read(draft.id(), stored.id())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SHA-256");
        }

        @Test
        void theDeadlineIsTheSubmissionDay() throws Exception {
            String clinic = institution('1', false);
            assertThat(subsidies.preview(clinic, form("1", "", "2023-03-31", "100000", "0")).eligible())
                    .as("running on the last day counts").isTrue();
            SubsidyDecision late = subsidies.preview(clinic, form("1", "", "2023-04-01", "100000", "0"));
            assertThat(late.eligible()).isFalse();
            assertThat(late.refusals()).extracting(SubsidyDecision.Refusal::code).contains("NOT_RUNNING_IN_TIME");
        }

        @Test
        void afterSeptember30NoApplicationIsAccepted() throws Exception {
            // Its own portal: moving this clock must not move the other scenarios'.
            try (PortalFixture own = PortalFixture.start(store, START)) {
                String clinic = PortalSteps.code("19", '1', "019998");
                register(own.mvc(), clinic, "late@example.jp", false);
                SubsidyApplications ownSubsidies = own.bean(SubsidyApplications.class);
                SubsidyApplication draft = ownSubsidies.save(clinic, form("1", "", "2023-03-01", "100000", "0"));
                SubsidyDocuments ownDocuments = own.bean(SubsidyDocuments.class);
                for (SubsidyDocumentKind kind : SubsidyDocumentKind.values()) {
                    ownDocuments.store(draft.id(), kind, kind.name() + ".pdf", PDF);
                }
                own.clock.advance(Duration.ofDays(2)); // 2023-10-01
                assertThatThrownBy(() -> ownSubsidies.submit(clinic)).isInstanceOfSatisfying(FormRejectedException.class,
                        e -> assertThat(e.problems().asMap()).containsKey("decision-APPLIED_TOO_LATE"));
            }
        }

        @Test
        void unreadableFiguresNameTheirField() throws Exception {
            String clinic = institution('1', false);
            assertThatThrownBy(() -> subsidies.save(clinic, new SubsidyForm("x", "2023/01/01", "", "", "ORIGINAL", "abc",
                    "", "", ""))).isInstanceOfSatisfying(FormRejectedException.class, e -> assertThat(e.problems().asMap())
                    .containsKeys("readerCount", "readerOrderDate", "operationStartDate", "costTerminal"));
            assertThat(subsidies.preview(clinic, new SubsidyForm("1", "", "", "2023-03-01", "ORIGINAL", "１２０，０００円",
                    "", "", "")).claim().eligibleCost()).as("full-width digits and 円 are read").isEqualTo(120_000);
        }

        private static SubsidyForm form(String readers, String ordered, String start, String terminalCost, String softwareCost) {
            return new SubsidyForm(readers, ordered, "", start, "ORIGINAL", terminalCost, softwareCost, "", "");
        }
    }
}
