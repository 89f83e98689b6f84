package org.openoqs.central.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import jakarta.annotation.PreDestroy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.openoqs.central.audit.AuditTrail;
import org.openoqs.central.confirmation.ConfirmationAuditEvents;
import org.openoqs.central.confirmation.PersonConfirmation;
import org.openoqs.central.confirmation.QualificationConfirmationService;
import org.openoqs.central.confirmation.ResultCodes;
import org.openoqs.central.reference.ReferenceNumberService;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.audit.AuditAction;
import org.openoqs.core.code.CharacterCodeIdentifier;
import org.openoqs.core.code.ProcessingResultStatus;
import org.openoqs.core.code.SegmentOfResult;
import org.openoqs.core.date.OqsDates;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.qualification.QualificationRecord;
import org.openoqs.wire.qualification.BulkConfirmUnit;
import org.openoqs.wire.qualification.BulkConfirmationRequest;
import org.openoqs.wire.qualification.BulkConfirmationResult;
import org.openoqs.wire.qualification.BulkConfirmationResultBody;
import org.openoqs.wire.qualification.BulkRegistrationResult;
import org.openoqs.wire.qualification.BulkRegistrationResultBody;
import org.openoqs.wire.qualification.BulkRegistrationUnit;
import org.openoqs.wire.qualification.BulkResultHeader;
import org.openoqs.wire.qualification.DownloadRequest;
import org.openoqs.wire.qualification.QualificationConfirmSearchInfo;
import org.openoqs.wire.qualification.ReceptionBody;
import org.openoqs.wire.qualification.ReceptionHeader;
import org.openoqs.wire.qualification.ReceptionResult;
import org.openoqs.wire.qualification.ReferenceNumberRegistrationInfo;
import org.openoqs.wire.qualification.ReferenceNumberRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The two-phase bulk messages (reference §1.4): {@code 01req} is stored and answered at once with a ReceptionNumber;
 * a background worker processes it; {@code 02req} answers SegmentOfResult 2 (処理中) until the result is ready, then
 * the units with their counts. Requests survive a restart (unfinished ones are resumed), a resubmission with the same
 * {@code X-OQS-Request-Id} gets the first ReceptionNumber back, and a ReceptionNumber is found only by the institution
 * that sent it — another institution gets the same "not found" as for a number that never existed. The persons of a
 * 一括照会 are audited as one chain segment before the result is stored; a request resumed after a crash between the
 * two is audited again (an entry too many, never one too few).
 */
@Service
public class BulkRequestService {
    private static final Logger log = LoggerFactory.getLogger(BulkRequestService.class);
    private final BulkRequestRepository repository;
    private final QualificationConfirmationService confirmation;
    private final ReferenceNumberService references;
    private final AuditTrail audit;
    private final ResultCodes codes;
    private final Clock clock;
    private final int maxUnits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "oqs-bulk-worker");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();
    /**
     * Units per stored chunk (a JSON array): a 一括照会 of 10,000 is 20 rows each way, written and parsed on all cores.
     * A result unit is ~1 KB of JSON, so a chunk is ~0.5 MB.
     */
    static final int UNITS_PER_CHUNK = 500;
    /** Units are stored as JSON, 10,000 each way for a large 一括照会: Blackbird, as for the JSON APIs. */
    private final ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new BlackbirdModule()).build();

    public BulkRequestService(BulkRequestRepository repository, QualificationConfirmationService confirmation,
                              ReferenceNumberService references, AuditTrail audit, ResultCodes codes, Clock clock,
                              @Value("${oqs.bulk.max-units:100000}") int maxUnits) {
        this.repository = repository;
        this.confirmation = confirmation;
        this.references = references;
        this.audit = audit;
        this.codes = codes;
        this.clock = clock;
        this.maxUnits = maxUnits;
    }

    public ReceptionResult submitConfirmation(String institutionCode, BulkConfirmationRequest request, String requestId,
                                              CharacterCodeIdentifier encoding) {
        var header = request.messageHeader();
        List<QualificationConfirmSearchInfo> units = request.messageBody() == null ? null
                : request.messageBody().qualificationConfirmSearchInfo();
        LocalDate date;
        try {
            date = OqsDates.parseOptionalDate("QualificationConfirmationDate", header == null ? null : header.qualificationConfirmationDate());
        } catch (InvalidValueException e) {
            return rejected(institutionCode, header == null ? null : header.arbitraryFileIdentifier(), encoding, e.getMessage());
        }
        return submit(institutionCode, BulkKind.CONFIRMATION, header == null ? null : header.arbitraryFileIdentifier(),
                date == null ? LocalDate.now(clock) : date, units, "QualificationConfirmSearchInfo", requestId, encoding);
    }

    public ReceptionResult submitRegistration(String institutionCode, ReferenceNumberRequest request, String requestId,
                                              CharacterCodeIdentifier encoding) {
        var header = request.messageHeader();
        List<ReferenceNumberRegistrationInfo> units = request.messageBody() == null ? null
                : request.messageBody().referenceNumberRegistrationInfo();
        return submit(institutionCode, BulkKind.REFERENCE_NUMBER_REGISTRATION,
                header == null ? null : header.arbitraryFileIdentifier(), null, units, "ReferenceNumberRegistrationInfo", requestId, encoding);
    }

    private ReceptionResult submit(String institutionCode, BulkKind kind, String fileId, LocalDate date, List<?> units,
                                   String unitName, String requestId, CharacterCodeIdentifier encoding) {
        MedicalInstitutionCode institution;
        try {
            institution = MedicalInstitutionCode.parse(institutionCode);
        } catch (InvalidValueException e) {
            return rejected(null, fileId, encoding, e.getMessage());
        }
        if (units == null || units.isEmpty() || units.stream().anyMatch(Objects::isNull)) {
            return rejected(institution.value(), fileId, encoding, "MessageBody/" + unitName + " がありません");
        }
        if (units.size() > maxUnits) {
            return rejected(institution.value(), fileId, encoding, unitName + " は " + maxUnits + " 件までです");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        var existing = repository.findByRequestId(institution.value(), requestId);
        if (existing.isPresent()) return accepted(existing.get(), encoding, now);
        BulkRequest request = new BulkRequest(newReceptionNumber(now), institution.value(), kind, fileId, date, now, false, units.size());
        repository.insert(request, requestId, toChunks(units));
        // The worker gets the units as parsed here: reading back and parsing what was just stored cost ~0.3 s of a
        // 一括照会 of 10,000 records (bench scenario bulk). The stored copy is for resuming after a restart.
        List<?> submitted = List.copyOf(units);
        worker.submit(() -> process(request, submitted));
        return accepted(request, encoding, now);
    }

    public BulkConfirmationResult downloadConfirmation(String institutionCode, DownloadRequest request, CharacterCodeIdentifier encoding) {
        return download(institutionCode, request, BulkKind.CONFIRMATION, encoding, BulkConfirmUnit.class,
                BulkConfirmUnit::processingResultStatus,
                (header, units) -> new BulkConfirmationResult(header, units == null ? null : new BulkConfirmationResultBody(units)));
    }

    public BulkRegistrationResult downloadRegistration(String institutionCode, DownloadRequest request, CharacterCodeIdentifier encoding) {
        return download(institutionCode, request, BulkKind.REFERENCE_NUMBER_REGISTRATION, encoding, BulkRegistrationUnit.class,
                BulkRegistrationUnit::processingResultStatus,
                (header, units) -> new BulkRegistrationResult(header, units == null ? null : new BulkRegistrationResultBody(units)));
    }

    private <U, R> R download(String institutionCode, DownloadRequest request, BulkKind kind, CharacterCodeIdentifier encoding,
                              Class<U> unitType, Function<U, String> status,
                              java.util.function.BiFunction<BulkResultHeader, List<U>, R> message) {
        LocalDateTime now = LocalDateTime.now(clock);
        String fileId = request.messageHeader() == null ? null : request.messageHeader().arbitraryFileIdentifier();
        String receptionNumber = request.messageBody() == null ? null : request.messageBody().receptionNumber();
        String institution = validInstitution(institutionCode);
        var found = institution == null || receptionNumber == null ? java.util.Optional.<BulkRequest>empty()
                : repository.find(institution, kind, receptionNumber.strip());
        if (found.isEmpty()) {
            ResultCodes.Entry e = codes.get(institution == null ? "malformed-message" : "reception-not-found");
            return message.apply(resultHeader(now, null, institution, fileId, receptionNumber, SegmentOfResult.ABNORMAL,
                    e, null, encoding), null);
        }
        BulkRequest r = found.get();
        if (!r.done()) {
            boolean failed = repository.failed(r.receptionNumber());
            ResultCodes.Entry e = failed ? codes.get("malformed-message") : null;
            return message.apply(resultHeader(now, r, institution, fileId, receptionNumber,
                    failed ? SegmentOfResult.ABNORMAL : SegmentOfResult.PROCESSING, e, null, encoding), null);
        }
        List<U> units = fromChunks(repository.resultChunks(r.receptionNumber()), unitType);
        long errors = units.stream().filter(u -> ProcessingResultStatus.ERROR.code().equals(status.apply(u))).count();
        return message.apply(resultHeader(now, r, institution, fileId, receptionNumber, SegmentOfResult.NORMAL, null,
                new long[] {units.size(), units.size() - errors, errors}, encoding), units);
    }

    /** Picks up requests a previous run accepted but did not finish. */
    @EventListener(ApplicationReadyEvent.class)
    public void resumeUnfinished() {
        repository.unfinished().forEach(r -> worker.submit(() -> process(r, null)));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** @param submitted the request's units as submitted, or null to read them from the store (resuming) */
    @SuppressWarnings("unchecked")
    private void process(BulkRequest r, List<?> submitted) {
        try {
            List<?> units = submitted != null ? submitted : storedUnits(r);
            List<?> results = r.kind() == BulkKind.CONFIRMATION
                    ? confirmAll(r, (List<QualificationConfirmSearchInfo>) units)
                    : registerAll(r, (List<ReferenceNumberRegistrationInfo>) units);
            repository.complete(r.receptionNumber(), toChunks(results), LocalDateTime.now(clock));
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Shutting down (stop() interrupts the worker): leave it PROCESSING, resumeUnfinished picks it up again.
                log.info("bulk request {} interrupted by shutdown; it resumes after a restart", r.receptionNumber());
                return;
            }
            log.error("bulk request {} failed", r.receptionNumber(), e);
            repository.fail(r.receptionNumber(), LocalDateTime.now(clock));
        }
    }

    private List<?> storedUnits(BulkRequest r) {
        Class<?> type = r.kind() == BulkKind.CONFIRMATION ? QualificationConfirmSearchInfo.class : ReferenceNumberRegistrationInfo.class;
        return fromChunks(repository.requestChunks(r.receptionNumber()), type);
    }

    private List<BulkConfirmUnit> confirmAll(BulkRequest r, List<QualificationConfirmSearchInfo> searches) {
        LocalDateTime now = LocalDateTime.now(clock);
        MedicalInstitutionCode institution = MedicalInstitutionCode.parse(r.medicalInstitutionCode());
        // Each person's lookup is independent of the others: spread them over the cores (the order is kept).
        List<PersonConfirmation> persons = searches.parallelStream()
                .map(s -> confirmation.confirmPerson(s, r.qualificationConfirmationDate())).toList();
        audit.appendAll(IntStream.range(0, searches.size()).boxed().flatMap(i -> ConfirmationAuditEvents.of(AuditAction.BULK_CONFIRMATION,
                institution.value(), searches.get(i), r.qualificationConfirmationDate(), persons.get(i)).stream()).toList());
        Map<String, String> referenceNumbers = references.find(institution, persons.stream()
                .map(PersonConfirmation::onlyRecord).filter(Objects::nonNull).map(QualificationRecord::personKey).toList());
        return IntStream.range(0, searches.size()).parallel().mapToObj(i -> {
            PersonConfirmation p = persons.get(i);
            QualificationRecord only = p.onlyRecord();
            return new BulkConfirmUnit(searches.get(i), p.status(), p.code(), p.message(), p.validityCode(),
                    p.resultsOfQualificationConfirmation(now), only == null ? null : referenceNumbers.get(only.personKey()));
        }).toList();
    }

    private List<BulkRegistrationUnit> registerAll(BulkRequest r, List<ReferenceNumberRegistrationInfo> units) {
        MedicalInstitutionCode institution = MedicalInstitutionCode.parse(r.medicalInstitutionCode());
        return units.stream().map(u -> references.register(institution, u)).toList();
    }

    private ReceptionResult accepted(BulkRequest r, CharacterCodeIdentifier encoding, LocalDateTime now) {
        return new ReceptionResult(new ReceptionHeader(OqsDates.format(now), r.medicalInstitutionCode(), r.arbitraryFileIdentifier(),
                SegmentOfResult.NORMAL.code(), null, null, encoding.code()),
                new ReceptionBody(r.receptionNumber(), OqsDates.format(r.receivedAt())));
    }

    private ReceptionResult rejected(String institution, String fileId, CharacterCodeIdentifier encoding, String detail) {
        ResultCodes.Entry e = codes.get("malformed-message");
        return new ReceptionResult(new ReceptionHeader(OqsDates.format(LocalDateTime.now(clock)), institution, fileId,
                SegmentOfResult.ABNORMAL.code(), e.code(), e.message() + "（" + detail + "）", encoding.code()), null);
    }

    private static BulkResultHeader resultHeader(LocalDateTime now, BulkRequest r, String institution, String fileId,
                                                 String receptionNumber, SegmentOfResult segment, ResultCodes.Entry error,
                                                 long[] counts, CharacterCodeIdentifier encoding) {
        return new BulkResultHeader(OqsDates.format(now), r == null ? null : OqsDates.format(r.qualificationConfirmationDate()),
                institution, fileId != null ? fileId : r == null ? null : r.arbitraryFileIdentifier(), receptionNumber,
                segment.code(), error == null ? null : error.code(), error == null ? null : error.message(),
                counts == null ? null : Long.toString(counts[0]), counts == null ? null : Long.toString(counts[1]),
                counts == null ? null : Long.toString(counts[2]), encoding.code());
    }

    private static String validInstitution(String code) {
        try {
            return MedicalInstitutionCode.parse(code).value();
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** yyyyMMddHHmmss + 6 random digits: ordered for operators, not guessable in practice. */
    private String newReceptionNumber(LocalDateTime now) {
        return OqsDates.format(now) + String.format("%06d", random.nextInt(1_000_000));
    }

    /** The units as JSON arrays of {@link #UNITS_PER_CHUNK}, written on all cores, in order. */
    private List<String> toChunks(List<?> units) {
        int chunks = (units.size() + UNITS_PER_CHUNK - 1) / UNITS_PER_CHUNK;
        return IntStream.range(0, chunks).parallel()
                .mapToObj(c -> toJson(units.subList(c * UNITS_PER_CHUNK, Math.min(units.size(), (c + 1) * UNITS_PER_CHUNK))))
                .toList();
    }

    /** The units of stored chunks, parsed on all cores, in order. */
    private <T> List<T> fromChunks(List<String> chunks, Class<T> type) {
        return chunks.parallelStream().map(c -> fromJson(c, type)).flatMap(List::stream).toList();
    }

    private String toJson(List<?> units) {
        try {
            return json.writeValueAsString(units);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> fromJson(String chunk, Class<T> type) {
        try {
            return json.readerForListOf(type).readValue(chunk);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored bulk chunk unreadable", e);
        }
    }
}
