package org.openoqs.portal.subsidy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.openoqs.portal.PortalSettings;
import org.openoqs.portal.web.FormProblems;
import org.openoqs.portal.web.FormRejectedException;
import org.openoqs.portal.web.JapanTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The 補助金申請's documents, stored in the store itself (so a document and its application commit together) with
 * their SHA-256. Only PDF, JPEG and PNG are accepted, judged by the file's first bytes rather than by what the browser
 * claims; every read recomputes the checksum and refuses a document whose bytes no longer match.
 */
@Service
public class SubsidyDocuments {
    private final JdbcTemplate jdbc;
    private final PortalSettings settings;
    private final Clock clock;

    public SubsidyDocuments(JdbcTemplate jdbc, PortalSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A document's bytes after their checksum was verified. */
    public record Content(SubsidyDocument document, byte[] bytes) {}

    public SubsidyDocument store(long applicationId, SubsidyDocumentKind kind, String fileName, byte[] bytes) {
        FormProblems problems = new FormProblems();
        String field = "document-" + kind.name();
        String name = safeName(fileName);
        Optional<String> type = contentType(bytes);
        if (bytes.length == 0) problems.add(field, kind.label() + ": 空のファイルです");
        else if (bytes.length > settings.maxDocumentBytes()) {
            problems.add(field, kind.label() + ": " + (settings.maxDocumentBytes() / 1024 / 1024) + "MBまでのファイルにしてください");
        } else if (type.isEmpty()) problems.add(field, kind.label() + ": PDF・JPEG・PNGのファイルを添付してください（" + name + "）");
        problems.throwIfAny();
        String sha256 = sha256(bytes);
        jdbc.update("INSERT INTO subsidy_document (subsidy_application_id, kind, file_name, content_type, size_bytes, sha256, "
                + "content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", applicationId, kind.name(), name, type.get(),
                bytes.length, sha256, bytes, JapanTime.now(clock));
        return list(applicationId).stream().filter(d -> d.sha256().equals(sha256) && d.kind() == kind)
                .reduce((first, second) -> second).orElseThrow();
    }

    public List<SubsidyDocument> list(long applicationId) {
        return jdbc.query("SELECT id, subsidy_application_id, kind, file_name, content_type, size_bytes, sha256, uploaded_at "
                + "FROM subsidy_document WHERE subsidy_application_id = ? ORDER BY id", (rs, n) -> new SubsidyDocument(
                rs.getLong(1), rs.getLong(2), SubsidyDocumentKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), JapanTime.local(rs.getTimestamp(8))), applicationId);
    }

    /** The document's bytes, verified against the stored SHA-256. */
    public Content read(long applicationId, long documentId) {
        SubsidyDocument document = list(applicationId).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(() -> FormRejectedException.of("document", "書類 " + documentId + " はありません"));
        byte[] bytes = jdbc.queryForObject("SELECT content FROM subsidy_document WHERE id = ?", byte[].class, documentId);
        if (!sha256(bytes).equals(document.sha256())) {
            throw new IllegalStateException("subsidy document " + documentId + " (" + document.fileName()
                    + ") does not match its SHA-256 " + document.sha256() + ": the stored bytes were changed");
        }
        return new Content(document, bytes);
    }

    public void delete(long applicationId, long documentId) {
        jdbc.update("DELETE FROM subsidy_document WHERE id = ? AND subsidy_application_id = ?", documentId, applicationId);
    }

    static Optional<String> contentType(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of("application/pdf");
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of("image/jpeg");
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) return Optional.of("image/png");
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if (bytes[i] != prefix[i]) return false;
        return true;
    }

    /** The last path segment only, without control characters, at most 255 characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) name = "document";
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
