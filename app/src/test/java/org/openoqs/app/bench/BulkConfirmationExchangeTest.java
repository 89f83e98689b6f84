package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openoqs.wire.qualification.BulkConfirmUnit;
import org.openoqs.wire.qualification.BulkConfirmationRequest;
import org.openoqs.wire.qualification.BulkConfirmationResult;
import org.openoqs.wire.qualification.BulkConfirmationResultBody;
import org.openoqs.wire.qualification.BulkResultHeader;
import org.openoqs.wire.qualification.DownloadRequest;
import org.openoqs.wire.qualification.QualificationConfirmSearchInfo;
import org.openoqs.wire.xml.OqsMessageCodec;
import org.openoqs.wire.xml.ResultEncoding;

class BulkConfirmationExchangeTest {
    private static final List<CardKey> KEYS = List.of(new CardKey("01130012", "千代田12", "100001", "01", "19800415"),
            new CardKey("06130015", "", "200002", "", "19910101"));
    private final OqsMessageCodec codec = new OqsMessageCodec();

    @Test
    void theRequestIsAnOqsmuquc01reqWithEveryRecordNumbered() {
        String xml = BulkConfirmationExchange.request(KEYS, 25, new SplittableRandom(1));
        BulkConfirmationRequest request = codec.readXml(xml.getBytes(StandardCharsets.UTF_8), BulkConfirmationRequest.class);
        assertThat(request.messageHeader().medicalInstitutionCode()).isEqualTo(LoadTarget.INSTITUTION_CODE);
        assertThat(request.messageHeader().qualificationConfirmationDate()).isEqualTo(LoadTarget.CONFIRMATION_DATE);
        List<QualificationConfirmSearchInfo> units = request.messageBody().qualificationConfirmSearchInfo();
        assertThat(units).hasSize(25);
        assertThat(units).extracting(QualificationConfirmSearchInfo::arbitraryIdentifier)
                .containsExactlyElementsOf(IntStream.range(0, 25).mapToObj(Integer::toString).toList());
        assertThat(units).extracting(QualificationConfirmSearchInfo::insuredIdentificationNumber).isSubsetOf("100001", "200002");
    }

    @Test
    void theDownloadAsksForTheReceptionNumber() {
        DownloadRequest download = codec.readXml(BulkConfirmationExchange.download("20260401120000123456")
                .getBytes(StandardCharsets.UTF_8), DownloadRequest.class);
        assertThat(download.messageBody().receptionNumber()).isEqualTo("20260401120000123456");
    }

    @Test
    void anAnswerWithEveryRecordInOrderIsCorrect() {
        assertThat(BulkConfirmationExchange.problem(answer("1", 3, units(3, "1")), 3)).isNull();
    }

    @Test
    void anythingElseIsNamed() {
        assertThat(BulkConfirmationExchange.problem(answer("9", 3, units(3, "1")), 3)).contains("did not end normally");
        assertThat(BulkConfirmationExchange.problem(answer("1", 2, units(2, "1")), 3)).contains("NumberOfNormalProcessing is not 3");
        assertThat(BulkConfirmationExchange.problem(answer("1", 3, units(2, "1")), 3)).isEqualTo("2 of 3 records answered");
        assertThat(BulkConfirmationExchange.problem(answer("1", 3, units(3, "2")), 3)).contains("record 0 has ProcessingResultStatus 2");
        List<BulkConfirmUnit> swapped = new ArrayList<>(units(3, "1"));
        swapped.add(0, swapped.remove(1));
        assertThat(BulkConfirmationExchange.problem(answer("1", 3, swapped), 3)).contains("record 0 answered as ArbitraryIdentifier 1");
    }

    private static List<BulkConfirmUnit> units(int n, String status) {
        return IntStream.range(0, n).mapToObj(i -> new BulkConfirmUnit(new QualificationConfirmSearchInfo("01130012", "1",
                "100001", "01", "19800415", null, Integer.toString(i)), status, null, null, "1", null, null)).toList();
    }

    /** An OQSmuquc02res written by the codec central uses, so element names and order are central's. */
    private String answer(String segment, int normal, List<BulkConfirmUnit> units) {
        BulkResultHeader header = new BulkResultHeader("20260401120000", "20260401", LoadTarget.INSTITUTION_CODE, "bench-bulk",
                "20260401120000123456", segment, null, null, Integer.toString(units.size()), Integer.toString(normal), "0", "0");
        return new String(codec.writeXml(new BulkConfirmationResult(header, new BulkConfirmationResultBody(units)),
                ResultEncoding.UTF_8), StandardCharsets.UTF_8);
    }
}
