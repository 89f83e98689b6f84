package org.openoqs.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {
    private static final LocalDate REFERENCE = PopulationGenerator.DEFAULT_REFERENCE_DATE;
    private static final GeneratedPopulation POPULATION = GeneratedPopulation.of(2_000, 42);

    @Test
    void sameSeedGivesIdenticalOutputAndAnotherSeedDiffers() {
        assertThat(GeneratedPopulation.of(2_000, 42).csv).isEqualTo(POPULATION.csv);
        assertThat(GeneratedPopulation.of(2_000, 43).csv).isNotEqualTo(POPULATION.csv);
    }

    @Test
    void distinctPersonKeysEqualTheRequestedCount() {
        for (long persons : new long[] {0, 1, 7, 2_000}) {
            GeneratedPopulation population = persons == 2_000 ? POPULATION : GeneratedPopulation.of(persons, 5);
            Set<String> keys = population.rows.stream().map(r -> r.get("PersonKey")).collect(Collectors.toSet());
            assertThat(keys).hasSize((int) persons);
            assertThat(population.summary.persons()).isEqualTo(persons);
        }
        assertThat(POPULATION.summary.rows()).isEqualTo(POPULATION.rows.size()).isGreaterThan(2_000);
    }

    @Test
    void everyInsurerNumberInTheRowsIsFromTheCatalogue() {
        assertThat(POPULATION.rows).allSatisfy(r ->
                assertThat(POPULATION.insurers.get(r.get("InsurerNumber")))
                        .isNotNull()
                        .extracting(Insurer::name).isEqualTo(r.get("InsurerName")));
    }

    @Test
    void kokiKoreiRowsHaveNoSymbolNoBranchAnEightDigitNumberAndARatio() {
        List<CSVRecord> koki = rowsOf(InsurerKind.KOKI_KOREI);
        assertThat(koki).hasSizeGreaterThan(200);
        assertThat(koki).allSatisfy(r -> {
            assertThat(r.get("InsurerNumber")).startsWith("39");
            assertThat(r.get("InsuredCardSymbol")).isEmpty();
            assertThat(r.get("InsuredBranchNumber")).isEmpty();
            assertThat(r.get("InsuredIdentificationNumber")).matches("\\d{8}");
            assertThat(r.get("InsuredName")).isEqualTo(r.get("Name"));
            assertThat(age(r)).isGreaterThanOrEqualTo(75);
            if (r.get("DisqualificationDate").isEmpty()) {
                assertThat(r.get("InsuredPartialContributionRatio")).isIn("010", "020", "030");
            }
        });
    }

    @Test
    void nobodyUnder75IsInKokiKoreiAndNobody75OrOverIsElsewhere() {
        assertThat(POPULATION.rows).allSatisfy(r ->
                assertThat(age(r) >= 75).isEqualTo(POPULATION.kindOf(r) == InsurerKind.KOKI_KOREI));
    }

    @Test
    void householdsShareSymbolAndNumberWithBranchesInOrderFromZero() {
        Map<String, List<CSVRecord>> households = householdsWithBranches();
        assertThat(households).hasSizeGreaterThan(500);
        assertThat(households.values().stream().filter(h -> h.size() >= 3)).isNotEmpty();
        households.values().forEach(members -> {
            List<String> branches = members.stream().map(r -> r.get("InsuredBranchNumber")).toList();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) expected.add(String.format("%02d", i));
            assertThat(branches).isEqualTo(expected);
            assertThat(members).extracting(r -> r.get("InsuredName")).containsOnly(members.get(0).get("Name"));
        });
    }

    @Test
    void employeeHouseholdsHaveOneHonninAndFamilyWhileKokuhoMembersAreAllInsured() {
        householdsWithBranches().values().forEach(members -> {
            InsurerKind kind = POPULATION.kindOf(members.get(0));
            List<String> classes = members.stream().map(r -> r.get("PersonalFamilyClassification")).toList();
            assertThat(classes.get(0)).isEqualTo("1");
            String others = kind.isKokuho() ? "1" : "2";
            assertThat(classes.subList(1, classes.size())).allSatisfy(c -> assertThat(c).isEqualTo(others));
        });
    }

    @Test
    void atLeastOneTwinPairAppears() {
        long twins = householdsWithBranches().values().stream()
                .filter(members -> members.size() > members.stream().map(r -> r.get("Birthdate")).distinct().count())
                .count();
        assertThat(twins).isPositive();
        assertThat(POPULATION.summary.twinPairs()).isPositive();
    }

    @Test
    void jobChangersKeepTheirPersonKeyAcrossTwoInsurersWhoseDatesMeet() {
        Map<String, List<CSVRecord>> byPerson = POPULATION.rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("PersonKey")));
        List<List<CSVRecord>> changers = byPerson.values().stream().filter(rows -> rows.size() == 2).toList();
        assertThat(changers).isNotEmpty();
        assertThat(POPULATION.summary.jobChanges()).isPositive();
        changers.forEach(pair -> {
            CSVRecord old = pair.get(0);
            CSVRecord current = pair.get(1);
            assertThat(old.get("ReasonOfLoss")).isEqualTo("03");
            assertThat(current.get("DisqualificationDate")).isEmpty();
            assertThat(current.get("InsurerNumber")).isNotEqualTo(old.get("InsurerNumber"));
            assertThat(current.get("QualificationDate")).isEqualTo(old.get("DisqualificationDate"));
            assertThat(POPULATION.kindOf(old).isEmployeeInsurance()).isTrue();
            assertThat(POPULATION.kindOf(current).isEmployeeInsurance()).isTrue();
        });
    }

    @Test
    void deathsCloseTheQualificationWithReason01() {
        List<CSVRecord> deaths = POPULATION.rows.stream().filter(r -> r.get("ReasonOfLoss").equals("01")).toList();
        assertThat(deaths).isNotEmpty().hasSize((int) POPULATION.summary.deaths());
        assertThat(deaths).allSatisfy(r -> assertThat(date(r, "DisqualificationDate")).isBefore(REFERENCE.plusDays(1)));
    }

    @Test
    void datesAreValidAndConsistent() {
        assertThat(POPULATION.rows).allSatisfy(r -> {
            LocalDate qualified = date(r, "QualificationDate");
            assertThat(qualified).isBefore(REFERENCE).isAfterOrEqualTo(date(r, "Birthdate"));
            if (!r.get("DisqualificationDate").isEmpty()) {
                assertThat(date(r, "DisqualificationDate")).isAfter(qualified);
            }
            assertThat(date(r, "InsuredCertificateIssuanceDate")).isAfterOrEqualTo(qualified)
                    .isBeforeOrEqualTo(REFERENCE);
            if (!r.get("InsuredCardExpirationDate").isEmpty()) {
                assertThat(date(r, "InsuredCardExpirationDate")).isAfter(date(r, "InsuredCardValidDate"));
            }
        });
    }

    @Test
    void childrenUnderSixArePreschoolAndSchoolChildrenAreNot() {
        List<CSVRecord> current = POPULATION.rows.stream().filter(r -> r.get("DisqualificationDate").isEmpty())
                .toList();
        assertThat(current.stream().filter(r -> age(r) < 6)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("PreschoolClassification")).isEqualTo("1"));
        assertThat(current.stream().filter(r -> age(r) >= 7))
                .allSatisfy(r -> assertThat(r.get("PreschoolClassification")).isEmpty());
    }

    @Test
    void elderlyRecipientsAre70To74WithRatio020Or030() {
        List<CSVRecord> elderly = POPULATION.rows.stream()
                .filter(r -> !r.get("ElderlyRecipientValidStartDate").isEmpty()).toList();
        assertThat(elderly).isNotEmpty().allSatisfy(r -> {
            assertThat(age(r)).isBetween(70, 74);
            assertThat(r.get("ElderlyRecipientContributionRatio")).isIn("020", "030");
            assertThat(date(r, "ElderlyRecipientValidEndDate")).isAfter(date(r, "ElderlyRecipientValidStartDate"));
        });
    }

    @Test
    void limitCertificateFlagsMatchAge() {
        List<CSVRecord> holders = POPULATION.rows.stream()
                .filter(r -> !r.get("LimitApplicationCertificateClassification").isEmpty()).toList();
        assertThat(holders.size()).isBetween(20, 120);
        assertThat(holders).allSatisfy(r -> {
            assertThat(r.get("LimitApplicationCertificateClassification")).isIn("01", "02");
            assertThat(r.get("LimitApplicationCertificateClassificationFlag"))
                    .matches(age(r) < 70 ? "A0[1-6]" : "B(0[1-9]|10)");
            assertThat(date(r, "LimitApplicationCertificateValidEndDate"))
                    .isAfter(date(r, "LimitApplicationCertificateValidStartDate"));
        });
    }

    @Test
    void sharesFollowTheInsuredPopulation() {
        GeneratedPopulation large = GeneratedPopulation.of(20_000, 7);
        List<CSVRecord> current = large.rows.stream().filter(r -> !r.get("ReasonOfLoss").equals("03")).toList();
        double koki = share(large, current, InsurerKind::equals, InsurerKind.KOKI_KOREI);
        double kokuho = current.stream().filter(r -> large.kindOf(r).isKokuho()).count() / (double) current.size();
        assertThat(koki).isCloseTo(0.16, within(0.02));
        assertThat(kokuho).isCloseTo(0.21, within(0.03));
        assertThat(1 - koki - kokuho).isCloseTo(0.63, within(0.03));
        long legacy = large.rows.stream().filter(r -> large.kindOf(r) != InsurerKind.KOKI_KOREI
                && r.get("InsuredBranchNumber").isEmpty()).count();
        assertThat(legacy / (double) large.rows.size()).isBetween(0.005, 0.04);
    }

    @Test
    void personKeysNeverLookLikeMyNumbers() {
        assertThat(POPULATION.rows).allSatisfy(r ->
                assertThat(r.get("PersonKey")).matches("PK[0-9A-HJKMNP-TV-Z]{10}").doesNotMatch("\\d{12}"));
    }

    @Test
    void cardSymbolsAndNumbersFitTheirFields() {
        assertThat(POPULATION.rows).allSatisfy(r -> {
            assertThat(r.get("InsuredCardSymbol").length()).isLessThanOrEqualTo(20);
            assertThat(r.get("InsuredIdentificationNumber")).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        });
        assertThat(POPULATION.rows.stream().map(r -> r.get("InsuredCardSymbol")))
                .anyMatch(symbol -> symbol.matches("\\p{IsHan}+\\d{2}"));
    }

    @Test
    void theReferenceDateMovesTheWholePopulation() {
        GeneratedPopulation earlier = GeneratedPopulation.of(300, 42, LocalDate.of(2024, 10, 1));
        assertThat(earlier.rows).allSatisfy(r ->
                assertThat(date(r, "QualificationDate")).isBefore(LocalDate.of(2024, 10, 1)));
    }

    private static Map<String, List<CSVRecord>> householdsWithBranches() {
        return POPULATION.rows.stream()
                .filter(r -> !r.get("InsuredBranchNumber").isEmpty())
                .collect(Collectors.groupingBy(r -> String.join("|", r.get("InsurerNumber"),
                        r.get("InsuredCardSymbol"), r.get("InsuredIdentificationNumber"))));
    }

    private static List<CSVRecord> rowsOf(InsurerKind kind) {
        return POPULATION.rows.stream().filter(r -> POPULATION.kindOf(r) == kind).toList();
    }

    private static double share(GeneratedPopulation population, List<CSVRecord> rows,
                                java.util.function.BiPredicate<InsurerKind, InsurerKind> match, InsurerKind kind) {
        return rows.stream().filter(r -> match.test(population.kindOf(r), kind)).count() / (double) rows.size();
    }

    private static int age(CSVRecord row) {
        return InsuranceCalendar.age(date(row, "Birthdate"), REFERENCE);
    }

    private static LocalDate date(CSVRecord row, String column) {
        return LocalDate.parse(row.get(column), DateTimeFormatter.BASIC_ISO_DATE);
    }
}
