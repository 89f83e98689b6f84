package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.generate.CardHolderSample.CardHolder;
import org.openoqs.core.code.Sex;

class CardHolderSampleTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 4, 1);
    private static final String HEADER = "PersonKey,InsurerNumber,Name,Sex1,Birthdate,Address,QualificationDate,DisqualificationDate";

    @TempDir Path dir;

    private Path csv(List<String> rows) throws Exception {
        Path file = dir.resolve("qualifications-" + rows.hashCode() + ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void theLatestOpenQualificationDecidesWhoGetsACardAndFromWhichInsurer() throws Exception {
        Path file = csv(List.of(
                "PK000000000A,06130819,山田　太郎,1,19800415,東京都港区芝１丁目,20100401,20200401",
                "PK000000000A,39131015,山田　太郎,1,19800415,東京都港区芝１丁目,20200401,",
                "PK000000000B,06130819,佐藤　花子,2,19400101,東京都新宿区,20000401,20250101",
                "PK000000000C,06130819,鈴木　一郎,1,19700101,,20000401,",
                "PK000000000D,06130819,高橋　次郎,1,19900101,大阪府大阪市北区,20000401,20260501"));
        List<CardHolder> holders = new CardHolderSample(1, REFERENCE).select(file, 10);
        assertThat(holders).extracting(CardHolder::personKey).containsExactly("PK000000000A", "PK000000000D");
        CardHolder a = holders.get(0);
        assertThat(a.insurerNumber()).isEqualTo("39131015");
        assertThat(a.facts().name()).isEqualTo("山田　太郎");
        assertThat(a.facts().sex()).isEqualTo(Sex.MALE);
        assertThat(a.facts().birthdate()).isEqualTo(LocalDate.of(1980, 4, 15));
        assertThat(a.facts().address()).isEqualTo("東京都港区芝１丁目");
    }

    @Test
    void theSampleDependsOnTheSeedNotOnTheRowOrder() throws Exception {
        GeneratedPopulation population = GeneratedPopulation.of(2_000, 7);
        List<String> rows = new ArrayList<>(population.csv.lines().skip(1).toList());
        Path inOrder = dir.resolve("a.csv");
        Files.writeString(inOrder, population.csv);
        Collections.shuffle(rows, new Random(3));
        Path shuffled = dir.resolve("b.csv");
        Files.writeString(shuffled, population.csv.lines().findFirst().orElseThrow() + "\n" + String.join("\n", rows) + "\n");

        List<CardHolder> first = new CardHolderSample(11, REFERENCE).select(inOrder, 40);
        assertThat(first).hasSize(40).extracting(CardHolder::personKey).doesNotHaveDuplicates().isSorted();
        assertThat(new CardHolderSample(11, REFERENCE).select(shuffled, 40)).isEqualTo(first);
        assertThat(new CardHolderSample(12, REFERENCE).select(inOrder, 40)).isNotEqualTo(first);
        // Spread over the population rather than its first rows.
        List<String> keys = population.rows.stream().map(r -> r.get("PersonKey")).distinct().toList();
        int lastIndex = first.stream().mapToInt(h -> keys.indexOf(h.personKey())).max().orElseThrow();
        assertThat(lastIndex).isGreaterThan(keys.size() / 2);
    }

    @Test
    void askingForMoreThanThereAreGivesEveryEligiblePerson() throws Exception {
        Path file = csv(List.of("PK000000000A,06130819,山田　太郎,1,19800415,東京都港区,20100401,"));
        assertThat(new CardHolderSample(1, REFERENCE).select(file, 5)).hasSize(1);
    }

    @Test
    void aBadValueIsReportedWithFileLineAndColumn() throws Exception {
        Path file = csv(List.of(
                "PK000000000A,06130819,山田　太郎,1,19800415,東京都港区,20100401,",
                "PK000000000B,06130819,佐藤　花子,2,1940-01-01,東京都新宿区,20000401,"));
        assertThatThrownBy(() -> new CardHolderSample(1, REFERENCE).select(file, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " line 3, Birthdate: not a yyyyMMdd date ('1940-01-01')");
    }
}
