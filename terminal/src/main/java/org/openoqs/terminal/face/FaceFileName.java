package org.openoqs.terminal.face;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openoqs.core.number.MedicalInstitutionCode;

/**
 * The name of a card-reader result in {@code face}:
 * {@code OQSsiquc01res_face_<医療機関コード 10 digits><20-character id>_<yyyyMMddHHmmss>.xml}, e.g.
 * {@code OQSsiquc01res_face_27142063864da5260a16de5a3d3ad7_20260929160112.xml} [S] reference §1.2 (one terminal's
 * files). What the 20 characters mean on the real terminal is not public; OpenOQS writes 20 random lowercase hex
 * characters, which makes names unique without a counter that would have to survive restarts [I]. EHRs need only
 * match {@code OQSsiquc01res_face_*.xml} and the trailing timestamp [I], which {@link #parse(String)} also accepts
 * for files written by others.
 *
 * @param institutionCode 10 digits
 * @param id the 20-character middle part
 * @param time when the terminal received the answer (JST)
 */
public record FaceFileName(String institutionCode, String id, LocalDateTime time) {

    public static final String PREFIX = "OQSsiquc01res_face_";
    private static final Pattern NAME = Pattern.compile("OQSsiquc01res_face_(\\d{10})(.{20})_(\\d{14})\\.xml");
    private static final Pattern ID = Pattern.compile("[0-9a-zA-Z]{20}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public FaceFileName {
        Objects.requireNonNull(time, "time");
        if (institutionCode == null || !institutionCode.matches("\\d{10}")) {
            throw new IllegalArgumentException("医療機関コード must be 10 digits: " + institutionCode);
        }
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("the face file id must be 20 letters or digits: " + id);
        }
        time = time.withNano(0);
    }

    /** A new name with a random id. */
    public static FaceFileName next(MedicalInstitutionCode code, LocalDateTime time) {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        return new FaceFileName(code.value(), HexFormat.of().formatHex(bytes), time);
    }

    /** The name of a face file, or empty when {@code fileName} is not one (temporary files included). */
    public static Optional<FaceFileName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches() || !ID.matcher(m.group(2)).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FaceFileName(m.group(1), m.group(2), LocalDateTime.parse(m.group(3), OqsTimes.FORMAT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The file name. */
    public String fileName() {
        return PREFIX + institutionCode + id + "_" + OqsTimes.FORMAT.format(time) + ".xml";
    }

    @Override
    public String toString() {
        return fileName();
    }
}
