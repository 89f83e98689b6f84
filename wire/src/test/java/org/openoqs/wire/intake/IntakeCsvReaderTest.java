package org.openoqs.wire.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header and line handling every intake kind shares, on a two-column kind of its own. */
class IntakeCsvReaderTest {

    enum Column implements IntakeColumn {
        Key(true), Note(false), Extra(false), More(false);

        private final boolean required;

        Column(boolean required) { this.required = required; }

        @Override public boolean required() { return required; }
    }

    /** Valid when Key is not "bad"; the value is "Key/Note". */
    static final class Reader extends IntakeCsvReader<Column, String> {
        Reader(String csv) {
            super(new StringReader(csv), Column.class, (line, raw) -> {
                IntakeFields<Column> f = new IntakeFields<>(line, raw);
                String key = f.text(Column.Key, 10);
                if ("bad".equals(key)) f.error(Column.Key, key, "is bad");
                String note = f.raw(Column.Note);
                return f.result(() -> key + "/" + note);
            });
        }
    }

    static List<IntakeLine<String>> lines(String csv) throws IOException {
        try (Reader reader = new Reader(csv)) {
            assertThat(reader.headerErrors()).isEmpty();
            List<IntakeLine<String>> lines = new ArrayList<>();
            reader.forEach(lines::add);
            return lines;
        }
    }

    @Test
    void readsAnyOrderSkipsABomAndTreatsBlankCellsAsAbsent() throws IOException {
        List<IntakeLine<String>> lines = lines("\uFEFFNote,Key\nhello,a\n ,b\n\n\"x,y\",c\n");
        assertThat(lines).extracting(IntakeLine::value).containsExactly("a/hello", "b/null", "c/x,y");
        assertThat(lines).extracting(IntakeLine::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void anOptionalColumnMayBeAbsent() throws IOException {
        assertThat(lines("Key\nk\n")).singleElement().satisfies(l -> assertThat(l.value()).isEqualTo("k/null"));
    }

    @Test
    void headerProblemsAreOnLineOneAndStopTheRows() throws IOException {
        try (Reader reader = new Reader("Note,Note,Unknown\nx,y,z\n")) {
            assertThat(reader.headerErrors()).extracting(IntakeError::line).containsOnly(1L);
            assertThat(reader.headerErrors()).extracting(IntakeError::field, IntakeError::message).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Note", "column appears twice"),
                    org.assertj.core.groups.Tuple.tuple("Unknown", "unknown column; expected OQS element names such as [Key, Note, Extra, More]"),
                    org.assertj.core.groups.Tuple.tuple("Key", "required column missing"));
            assertThat(reader.iterator().hasNext()).isFalse();
        }
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        try (Reader reader = new Reader("")) {
            assertThat(reader.headerErrors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(1);
                assertThat(e.message()).contains("header row is required");
            });
        }
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsOneErrorForTheLine() throws IOException {
        List<IntakeLine<String>> lines = lines("Key,Note\na,b,c\nbad,x\n");
        assertThat(lines.get(0).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isNull();
            assertThat(e.message()).isEqualTo("has 3 fields but the header has 2");
        });
        assertThat(lines.get(1).value()).isNull();
        assertThat(lines.get(1).errors()).singleElement().satisfies(e -> assertThat(e).hasToString("line 3, Key: is bad (value 'bad')"));
    }

    @Test
    void namesAreInCanonicalOrder() {
        assertThat(IntakeCsvReader.names(Column.class)).containsExactly("Key", "Note", "Extra", "More");
        assertThat(IntakeCsvReader.names(DrugDispensingColumn.class)).startsWith("PersonKey", "DiDate", "MeTrMonth");
    }
}
