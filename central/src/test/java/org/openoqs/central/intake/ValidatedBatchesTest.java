package org.openoqs.central.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.openoqs.core.qualification.QualificationRecord;

/** The reading side of intake: batches while no error, every error reported, keys given twice refused. */
class ValidatedBatchesTest {
    static final String HEADER = "PersonKey,InsurerNumber,InsuredCardSymbol,InsuredIdentificationNumber,"
            + "PersonalFamilyClassification,Name,Sex1,Birthdate,QualificationDate\n";
    static final InsurerCredential ANY_INSURER = new InsurerCredential(1, "all", true, Set.of());

    static String row(int i) {
        return "PK-" + i + ",01130012,1," + (1000 + i) + ",1,名前,1,19900101,20200401\n";
    }

    static String rows(int from, int to) {
        StringBuilder csv = new StringBuilder();
        for (int i = from; i < to; i++) csv.append(row(i));
        return csv.toString();
    }

    static List<List<QualificationRecord>> drain(ValidatedBatches batches) {
        List<List<QualificationRecord>> all = new ArrayList<>();
        try (batches) {
            batches.start();
            for (List<QualificationRecord> b; (b = batches.next()) != null; ) all.add(b);
        }
        return all;
    }

    static ValidatedBatches batches(String csv, InsurerCredential credential, int batchSize) {
        return new ValidatedBatches(new StringReader(csv), credential, batchSize, 100, "test-reader", n -> { });
    }

    @Test
    void validRowsComeInBatchesOfTheConfiguredSizeAndTheRest() {
        ValidatedBatches batches = batches(HEADER + rows(0, 25), ANY_INSURER, 10);
        assertThat(drain(batches)).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(batches.rows()).isEqualTo(25);
        assertThat(batches.errorCount()).isZero();
    }

    @Test
    void afterTheFirstErrorNoBatchFollowsButEveryErrorIsReported() {
        String csv = HEADER + rows(0, 20) + "PK-X,99999999,1,1,1,名前,1,19900101,20200401\n" + rows(20, 40)
                + "PK-Y,01130012,1,1,1,,1,19900101,20200401\n";
        ValidatedBatches batches = batches(csv, ANY_INSURER, 10);
        assertThat(drain(batches)).extracting(List::size).containsExactly(10, 10);
        assertThat(batches.errorSeen()).isTrue();
        assertThat(batches.rows()).isEqualTo(42);
        assertThat(batches.errors()).extracting(e -> e.line() + ":" + e.field()).containsExactly("22:InsurerNumber", "43:Name");
    }

    @Test
    void aKeyGivenTwiceNamesTheFirstLine() {
        ValidatedBatches batches = batches(HEADER + rows(0, 5) + row(2), ANY_INSURER, 100);
        drain(batches);
        assertThat(batches.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.field()).isEqualTo("PersonKey");
            assertThat(e.message()).endsWith("as line 4");
        });
    }

    @Test
    void rowsForInsurersOutsideTheCredentialsScopeAreErrors() {
        InsurerCredential scoped = new InsurerCredential(2, "kumiai", false, Set.of("06131239"));
        ValidatedBatches batches = batches(HEADER + rows(0, 3), scoped, 100);
        assertThat(drain(batches)).isEmpty();
        assertThat(batches.errorCount()).isEqualTo(3);
        assertThat(batches.errors().get(0).message()).contains("may not file");
    }

    @Test
    void onlyTheFirstErrorsAreKeptButAllAreCounted() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 150; i++) csv.append("PK-").append(i).append(",bad,1,1,1,名前,1,19900101,20200401\n");
        ValidatedBatches batches = batches(csv.toString(), ANY_INSURER, 10);
        drain(batches);
        assertThat(batches.errorCount()).isEqualTo(150);
        assertThat(batches.errors()).hasSize(100);
    }

    @Test
    void headerErrorsAndBrokenFilesAreReportedNotThrown() {
        ValidatedBatches noHeader = batches("", ANY_INSURER, 10);
        assertThat(drain(noHeader)).isEmpty();
        assertThat(noHeader.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));

        ValidatedBatches broken = batches(HEADER + row(0) + "\"PK-1,unterminated", ANY_INSURER, 10);
        assertThat(drain(broken)).isEmpty();
        assertThat(broken.errors()).last().satisfies(e -> assertThat(e.message()).startsWith("cannot read the file"));
    }

    @Test
    void progressIsReportedEveryTenThousandLines() {
        List<Long> seen = new CopyOnWriteArrayList<>();
        ValidatedBatches batches = new ValidatedBatches(new StringReader(HEADER + rows(0, 25_000)), ANY_INSURER, 1000, 10,
                "test-reader", seen::add);
        assertThat(drain(batches)).hasSize(25);
        assertThat(seen).containsExactly(10_000L, 20_000L);
    }

    @Test
    void closingEarlyStopsTheReaderEvenWhenNobodyTakesItsBatches() {
        ValidatedBatches batches = batches(HEADER + rows(0, 5_000), ANY_INSURER, 10);
        batches.start();
        assertThat(batches.next()).hasSize(10);
        batches.close();
        assertThat(batches.rows()).isLessThan(5_000);
    }
}
