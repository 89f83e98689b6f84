package org.openoqs.terminal.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.terminal.AtomicFiles;
import org.openoqs.terminal.ResultNormalizer;
import org.openoqs.wire.xml.ResultEncoding;
import org.openoqs.wire.xml.XmlMsgReader;
import org.openoqs.wire.xml.XmlNode;

/**
 * Publishes central's answer to a card-reader confirmation into {@code face}, where the EHR picks it up unrequested
 * [C] reference §1.2. The file is in the terminal's result encoding with the matching CharacterCodeIdentifier (the
 * same {@link ResultNormalizer} as {@code res} files) and appears atomically (hidden temporary name, then rename), so
 * an EHR polling the folder never reads half a file. Refusals (SegmentOfResult 9) are written too: the EHR learns that
 * a patient tried and why it failed.
 */
public final class FaceFileWriter {

    /** Where and under which name an answer was written, and its parsed tree. */
    public record Written(FaceFileName name, Path path, XmlNode root) {
    }

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final Path faceDir;
    private final MedicalInstitutionCode institution;
    private final ResultEncoding encoding;
    private final Clock clock;
    private final ResultNormalizer normalizer;
    private final XmlMsgReader reader;

    public FaceFileWriter(Path faceDir, MedicalInstitutionCode institution, ResultEncoding encoding, Clock clock,
            XmlMsgReader reader) {
        this.faceDir = Objects.requireNonNull(faceDir, "faceDir");
        this.institution = Objects.requireNonNull(institution, "institution");
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reader = reader;
        this.normalizer = new ResultNormalizer(reader);
    }

    /**
     * Writes one answer.
     *
     * @throws org.openoqs.wire.xml.WireFormatException when central's answer is not an acceptable XmlMsg file (nothing
     *     is written: a broken file would only confuse the EHR)
     */
    public Written write(byte[] answer) throws IOException {
        byte[] file = normalizer.normalize(answer, encoding);
        XmlNode root = reader.read(file).root();
        FaceFileName name = FaceFileName.next(institution, LocalDateTime.now(clock.withZone(JAPAN)));
        Files.createDirectories(faceDir);
        AtomicFiles.write(faceDir, name.fileName(), file);
        return new Written(name, faceDir.resolve(name.fileName()), root);
    }
}
