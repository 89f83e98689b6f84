package org.openoqs.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.AppTestSupport;
import org.openoqs.app.OqsCommand;
import org.openoqs.app.central.CentralServer;
import org.openoqs.app.central.TokenFile;
import org.openoqs.app.generate.GenerateCommand;
import org.openoqs.central.intake.InsurerCredentialService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** {@code oqs intake} against a running central service over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeCommandTest {
    @TempDir static Path dir;
    ConfigurableApplicationContext central;
    String server;
    Path tokenFile;

    @BeforeAll
    void startCentral() throws Exception {
        int port = AppTestSupport.freePort();
        central = CentralServer.start(port, new CentralServer.Store(dir.resolve("data"), null, null, null), Map.of());
        server = "http://127.0.0.1:" + port;
        tokenFile = dir.resolve("token");
        TokenFile.write(tokenFile, central.getBean(InsurerCredentialService.class).create("cli-test", List.of()));
    }

    @AfterAll
    void stopCentral() {
        central.close();
    }

    record Run(int exit, String out) {}

    Run intake(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "intake";
            System.arraycopy(args, 0, all, 1, args.length);
            return new Run(new CommandLine(new OqsCommand()).execute(all), out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    @Test
    void generatedFileIsAcceptedThenUnchangedOnResend() {
        Path generated = dir.resolve("gen");
        assertThat(new CommandLine(new GenerateCommand()).execute("--persons", "200", "--seed", "5", "--out", generated.toString())).isZero();
        Path csv = generated.resolve(GenerateCommand.QUALIFICATIONS_FILE);

        Run first = intake(csv.toString(), "--server", server, "--token-file", tokenFile.toString());
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("accepted").contains("new");

        Run again = intake(csv.toString(), "--server", server, "--token-file", tokenFile.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("(0 new, 0 updated, ").contains(" unchanged)");
    }

    @Test
    void rejectedFileListsFileLineAndField() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "PersonKey,InsurerNumber,InsuredIdentificationNumber,PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate\n"
                + "PK1,01130012,1,1,名前,1,19900101,20200401\n"
                + "PK2,01130013,1,1,名前,1,19900101,20200401\n");
        Run run = intake(bad.toString(), "--server", server, "--token-file", tokenFile.toString());
        assertThat(run.exit()).isEqualTo(IntakeCommand.REJECTED);
        assertThat(run.out()).contains("rejected").contains(bad + ":3 InsurerNumber: check digit");
    }

    @Test
    void generatedMedicalFilesAreSentToTheirEndpointsByTheirHeader() {
        Path generated = dir.resolve("gen-medical");
        assertThat(new CommandLine(new GenerateCommand()).execute("--persons", "150", "--seed", "6", "--out", generated.toString())).isZero();
        for (String file : new String[] {GenerateCommand.QUALIFICATIONS_FILE, "drug-dispensings.csv", "health-checkups.csv"}) {
            Run run = intake(generated.resolve(file).toString(), "--server", server, "--token-file", tokenFile.toString());
            assertThat(run.exit()).as(file + ": " + run.out()).isZero();
            assertThat(run.out()).contains("accepted").contains("new");
        }
        Run again = intake(generated.resolve("drug-dispensings.csv").toString(), "--kind", "drug-dispensings",
                "--server", server, "--token-file", tokenFile.toString());
        assertThat(again.out()).contains("(0 new, 0 updated, ");
    }

    @Test
    void theKindOptionOverridesTheHeaderAndAnUnknownKindIsRefused() throws Exception {
        Path drugs = dir.resolve("drugs-as-qualifications.csv");
        Files.writeString(drugs, "PersonKey,DiDate,MeTrDiHCd,MeTrDiHNm,InOut,DrugC,DrugN,Qua1,Unit,UsageN,Times\n"
                + "PK1,20250301,1340000015,薬局,2,2171022F1020,薬,1,錠,用法,28\n");
        Run asQualifications = intake(drugs.toString(), "--kind", "qualifications", "--server", server, "--token-file", tokenFile.toString());
        assertThat(asQualifications.exit()).isEqualTo(IntakeCommand.REJECTED);
        assertThat(asQualifications.out()).contains(drugs + ":1 DrugC: unknown column");
        assertThat(intake(drugs.toString(), "--kind", "drugs", "--server", server, "--token-file", tokenFile.toString()).exit())
                .isEqualTo(IntakeCommand.NOT_SENT);
    }

    @Test
    void aNarrowCredentialMayNotSendMedicalFiles() throws Exception {
        String narrow = central.getBean(InsurerCredentialService.class).create("narrow", List.of(
                org.openoqs.core.number.InsurerNumber.parse("01130012")));
        Path drugs = dir.resolve("drugs.csv");
        Files.writeString(drugs, "PersonKey,DiDate,MeTrDiHCd,MeTrDiHNm,InOut,DrugC,DrugN,Qua1,Unit,UsageN,Times\n");
        assertThat(intake(drugs.toString(), "--server", server, "--token", narrow).exit()).isEqualTo(IntakeCommand.NOT_SENT);
    }

    @Test
    void missingCredentialOrServerIsAClearError() throws Exception {
        Path csv = dir.resolve("any.csv");
        Files.writeString(csv, "PersonKey\n");
        assertThat(intake(csv.toString(), "--server", server, "--token-file", dir.resolve("none").toString()).exit())
                .isEqualTo(IntakeCommand.NOT_SENT);
        assertThat(intake(csv.toString(), "--server", server, "--token", "oqs_wrong").exit()).isEqualTo(IntakeCommand.NOT_SENT);
        assertThat(intake(csv.toString(), "--server", "http://127.0.0.1:" + AppTestSupport.freePort(), "--token", "x").exit())
                .isEqualTo(IntakeCommand.NOT_SENT);
    }
}
