package org.openoqs.portal.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openoqs.core.adoption.AdoptionStage;
import org.openoqs.core.adoption.InstitutionAdoption;
import org.openoqs.core.adoption.InstitutionCsv;
import org.openoqs.core.adoption.InstitutionCsvException;
import org.openoqs.core.adoption.InstitutionPopulationGenerator;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.portal.account.StaffAccounts;
import org.openoqs.portal.account.StaffRole;
import org.openoqs.portal.application.CardReaderApplications;
import org.openoqs.portal.golive.GoLive;
import org.openoqs.portal.support.PortalFixture;
import org.openoqs.portal.support.PortalFixture.Store;
import org.openoqs.portal.support.PortalSteps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The 導入状況 dashboard against a generated population (20,000 institutions, seed 11) imported through the importer,
 * on H2 and PostgreSQL: every figure is compared with counts made here directly from the generated records; a 都道府県
 * user is kept to its own prefecture; the CSV export holds exactly that prefecture's institutions not operating; a
 * portal-registered institution's own records move it between stages; a bad file changes nothing.
 */
class AdoptionDashboardScenariosTest {
    static final List<InstitutionAdoption> POPULATION = new InstitutionPopulationGenerator(11).generate(20_000);
    static final LocalDate FEB_2023 = LocalDate.of(2023, 2, 19);
    static final String STAFF_PASSWORD = "dashboard-pass-42";

    @Nested
    class OnH2 extends Scenarios {
        OnH2() { super(Store.H2); }
    }

    @Nested
    class OnPostgres extends Scenarios {
        OnPostgres() { super(Store.POSTGRES); }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Scenarios {
        private final Store store;
        private final ObjectMapper json = new ObjectMapper();
        private PortalFixture portal;
        private MockHttpSession mhlw;
        private MockHttpSession yamanashi;

        Scenarios(Store store) {
            this.store = store;
        }

        @BeforeAll
        void start() throws Exception {
            portal = PortalFixture.start(store);
            List<Integer> progress = new ArrayList<>();
            AdoptionImporter.ImportReport report = portal.bean(AdoptionImporter.class)
                    .importFrom(new StringReader(csv(POPULATION)), "institutions.csv", progress::add);
            assertThat(report.institutions()).isEqualTo(20_000);
            assertThat(progress).isNotEmpty().last().isEqualTo(20_000);
            StaffAccounts staff = portal.bean(StaffAccounts.class);
            staff.put("mhlw-test", "厚生労働省", StaffRole.MHLW, null, STAFF_PASSWORD);
            staff.put("yamanashi-test", "山梨県医務課", StaffRole.PREFECTURE, Prefecture.YAMANASHI, STAFF_PASSWORD);
            mhlw = PortalSteps.signIn(portal.mvc(), "mhlw-test", STAFF_PASSWORD);
            yamanashi = PortalSteps.signIn(portal.mvc(), "yamanashi-test", STAFF_PASSWORD);
        }

        @AfterAll
        void stop() {
            if (portal != null) portal.close();
        }

        @Test
        void nationalFiguresMatchCountsMadeFromTheGeneratedRecords() throws Exception {
            JsonNode figures = figures(mhlw, "", FEB_2023);
            assertThat(figures.get("prefectureCode").isNull()).isTrue();
            for (InstitutionType type : InstitutionType.values()) {
                JsonNode row = typeRow(figures, type.name());
                assertThat(row.get("total").asInt()).isEqualTo(count(null, type, null, FEB_2023));
                for (AdoptionStage stage : AdoptionStage.values()) {
                    assertThat(row.get("counts").get(stage.name()).asInt()).as("%s %s", type, stage)
                            .isEqualTo(count(null, type, stage, FEB_2023));
                }
            }
            int operating = count(null, null, AdoptionStage.OPERATING, FEB_2023);
            assertThat(typeRow(figures, "ALL").get("counts").get("OPERATING").asInt()).isEqualTo(operating);
            assertThat(typeRow(figures, "ALL").get("operatingShare").asDouble())
                    .isEqualTo(Math.round(1000.0 * operating / POPULATION.size()) / 10.0);
            long mandatedOperating = POPULATION.stream().filter(InstitutionAdoption::mandated)
                    .filter(i -> i.stageOn(FEB_2023) == AdoptionStage.OPERATING).count();
            assertThat(figures.get("operatingMandated").asLong()).isEqualTo(mandatedOperating);
            JsonNode prefectures = figures.get("prefectures");
            assertThat(prefectures).hasSize(47);
            for (JsonNode p : prefectures) {
                Prefecture prefecture = Prefecture.fromNumber(p.get("prefectureCode").asInt()).orElseThrow();
                assertThat(p.get("total").asInt()).isEqualTo(count(prefecture, null, null, FEB_2023));
                assertThat(p.get("operating").asInt()).isEqualTo(count(prefecture, null, AdoptionStage.OPERATING, FEB_2023));
            }
        }

        @Test
        void theMonthlySeriesRunsFromThePilotMonthToTheAsOfDate() throws Exception {
            JsonNode series = figures(mhlw, "19", FEB_2023).get("operatingSeries");
            List<String> months = new ArrayList<>();
            series.get("months").forEach(m -> months.add(m.asText()));
            assertThat(months).first().isEqualTo("2021-03");
            assertThat(months).last().isEqualTo("2023-02");
            assertThat(months).hasSize(24);
            int index = months.indexOf("2022-10");
            LocalDate endOfOctober = YearMonth.of(2022, 10).atEndOfMonth();
            for (InstitutionType type : InstitutionType.values()) {
                int total = count(Prefecture.YAMANASHI, type, null, endOfOctober);
                int operating = count(Prefecture.YAMANASHI, type, AdoptionStage.OPERATING, endOfOctober);
                assertThat(series.get("operatingShareByType").get(type.name()).get(index).asDouble())
                        .isEqualTo(Math.round(1000.0 * operating / total) / 10.0);
            }
            double last = series.get("operatingShareByType").get("ALL").get(23).asDouble();
            int yamanashiTotal = count(Prefecture.YAMANASHI, null, null, FEB_2023);
            assertThat(last).isEqualTo(Math.round(1000.0 * count(Prefecture.YAMANASHI, null, AdoptionStage.OPERATING,
                    FEB_2023) / yamanashiTotal) / 10.0);
        }

        @Test
        void thePageShowsTheSameCountsAsTheRecords() throws Exception {
            String page = page(mhlw, "/dashboard?asOf=2023-02-19");
            for (InstitutionType type : InstitutionType.values()) {
                String cell = "data-stage=\"OPERATING\" data-count=\"" + count(null, type, AdoptionStage.OPERATING, FEB_2023) + "\"";
                assertThat(page).contains("data-type=\"" + type.name() + "\"").contains(cell);
            }
            assertThat(page).contains("id=\"stage-chart\"", "id=\"operating-chart\"", "/js/dashboard-charts.js",
                    "data-figures-url=\"/dashboard/api/figures?prefecture=&amp;asOf=2023-02-19\"");
            assertThat(page).contains("data-prefecture=\"19\" data-operating=\""
                    + count(Prefecture.YAMANASHI, null, AdoptionStage.OPERATING, FEB_2023) + "\"");
        }

        @Test
        void thePrefectureTableSortsByOperatingShare() throws Exception {
            String page = page(mhlw, "/dashboard?asOf=2023-02-19&sort=operating");
            List<Double> shares = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("operating-share\">([0-9.]+)%").matcher(page);
            while (m.find()) shares.add(Double.parseDouble(m.group(1)));
            assertThat(shares).hasSize(47);
            assertThat(shares).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        @Test
        void aPrefectureUserSeesOnlyItsOwnPrefecture() throws Exception {
            JsonNode own = figures(yamanashi, "", FEB_2023);
            assertThat(own.get("prefectureCode").asText()).isEqualTo("19");
            assertThat(typeRow(own, "ALL").get("total").asInt()).isEqualTo(count(Prefecture.YAMANASHI, null, null, FEB_2023));
            assertThat(own.get("prefectures")).isEmpty();
            assertThat(status(yamanashi, "/dashboard/api/figures?prefecture=13")).isEqualTo(403);
            assertThat(status(yamanashi, "/dashboard?prefecture=13")).isEqualTo(403);
            assertThat(status(yamanashi, "/dashboard/not-started.csv?prefecture=13")).isEqualTo(403);
            assertThat(status(yamanashi, "/dashboard/api/figures?prefecture=19")).isEqualTo(200);
            assertThat(status(mhlw, "/dashboard/api/figures?prefecture=13")).isEqualTo(200);
            assertThat(status(mhlw, "/dashboard/api/figures?prefecture=99")).isEqualTo(400);
            assertThat(status(mhlw, "/dashboard/api/figures?asOf=2023-02-30")).isEqualTo(400);
            assertThat(status(mhlw, "/dashboard/not-started.csv")).isEqualTo(400);
        }

        @Test
        void institutionsCannotOpenTheDashboard() throws Exception {
            String code = PortalSteps.code("19", '4', "019998");
            PortalSteps.register(portal.mvc(), code, "dash-" + store + "@example.jp", false);
            MockHttpSession institution = PortalSteps.signIn(portal.mvc(), code, PortalSteps.PASSWORD);
            assertThat(status(institution, "/dashboard/api/figures")).isEqualTo(403);
        }

        @Test
        void theCsvHoldsExactlyThePrefecturesInstitutionsNotOperating() throws Exception {
            MvcResult result = portal.mvc().perform(get("/dashboard/not-started.csv").param("asOf", "2022-10-16")
                    .session(yamanashi)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            assertThat(result.getResponse().getHeader("Content-Disposition")).contains("not-started-19-2022-10-16.csv");
            String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(body).startsWith("\uFEFFMedicalInstitutionCode,PrefectureCode,InstitutionType,InstitutionName,"
                    + "Mandated,AdoptionStage,");
            List<String> lines = body.lines().skip(1).toList();
            LocalDate date = LocalDate.of(2022, 10, 16);
            List<String> expected = POPULATION.stream().filter(i -> i.prefecture() == Prefecture.YAMANASHI)
                    .filter(i -> i.stageOn(date) != AdoptionStage.OPERATING)
                    .map(i -> i.medicalInstitutionCode().value()).sorted().toList();
            assertThat(lines.stream().map(l -> l.substring(0, 10)).toList()).isEqualTo(expected);
            assertThat(lines).allMatch(l -> l.startsWith("19") && !l.contains(",OPERATING,"));
            // The letter's 約3割: the list is about 7 in 10 of 山梨's institutions.
            assertThat((double) expected.size() / count(Prefecture.YAMANASHI, null, null, date)).isBetween(0.6, 0.8);
        }

        @Test
        void thePrefecturePageListsNotOperatingInstitutionsWithFiltersAndPages() throws Exception {
            String page = page(yamanashi, "/dashboard?asOf=2022-10-16&type=PHARMACY&stage=NOT_STARTED");
            LocalDate date = LocalDate.of(2022, 10, 16);
            long expected = POPULATION.stream().filter(i -> i.prefecture() == Prefecture.YAMANASHI
                    && i.institutionType() == InstitutionType.PHARMACY && i.stageOn(date) == AdoptionStage.NOT_STARTED).count();
            assertThat(page).contains("id=\"not-started-total\">" + expected + "<");
            java.util.regex.Matcher rows = java.util.regex.Pattern.compile("data-code=\"(19[0-9]{8})\" data-stage=\"([A-Z_]+)\"").matcher(page);
            int listed = 0;
            while (rows.find()) {
                listed++;
                assertThat(rows.group(2)).isEqualTo("NOT_STARTED");
                assertThat(rows.group(1)).startsWith("194");
            }
            assertThat(listed).isEqualTo((int) Math.min(expected, AdoptionDashboard.PAGE_SIZE));
            assertThat(page).contains("/dashboard/not-started.csv?prefecture=19");
            String all = page(yamanashi, "/dashboard?asOf=2022-10-16&page=1");
            assertThat(all).contains("2 / ").contains("id=\"page-previous\"");
        }

        @Test
        void aPortalInstitutionsOwnRecordsMoveItBetweenStages() throws Exception {
            LocalDate today = LocalDate.now(portal.clock);
            InstitutionAdoption idle = POPULATION.stream().filter(i -> i.prefecture() == Prefecture.YAMANASHI)
                    .filter(i -> i.institutionType() == InstitutionType.MEDICAL_CLINIC && i.cardReaderAppliedOn() == null)
                    .findFirst().orElseThrow();
            String code = idle.medicalInstitutionCode().value();
            int operatingBefore = ownOperating(today);
            assertThat(stageInCsv(code)).isEqualTo("NOT_STARTED");
            PortalSteps.register(portal.mvc(), code, "idle-" + store + "@example.jp", false);
            CardReaderApplications readers = portal.bean(CardReaderApplications.class);
            readers.submit(code, readers.products().get(0).productCode(), 1);
            assertThat(stageInCsv(code)).isEqualTo("CARD_READER_APPLIED");
            portal.bean(GoLive.class).enterStartDate(code, today.toString());
            assertThat(stageInCsv(code)).isNull();
            assertThat(ownOperating(today)).isEqualTo(operatingBefore + 1);
            assertThat(typeRow(figures(yamanashi, "", today), "ALL").get("total").asInt())
                    .isEqualTo(count(Prefecture.YAMANASHI, null, null, today));
        }

        @Test
        void aBadFileIsRejectedNamingLineAndColumnAndNothingChanges() {
            JdbcTemplate jdbc = portal.bean(JdbcTemplate.class);
            AdoptionImporter importer = portal.bean(AdoptionImporter.class);
            long importsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM adoption_import", Long.class);
            String good = csv(POPULATION.subList(0, 4_500));
            String bad = good + POPULATION.get(5_000).medicalInstitutionCode() + ",13,PHARMACY,x,true,2023-13-01,,,\r\n";
            assertThatThrownBy(() -> importer.importFrom(new StringReader(bad), "broken.csv", n -> { }))
                    .isInstanceOf(InstitutionCsvException.class)
                    .hasMessageStartingWith("broken.csv line 4502");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM adoption_registry", Long.class)).isEqualTo(20_000);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM adoption_import", Long.class)).isEqualTo(importsBefore);
        }

        private int ownOperating(LocalDate date) throws Exception {
            return typeRow(figures(yamanashi, "", date), "ALL").get("counts").get("OPERATING").asInt();
        }

        /** The stage the CSV export shows for the code today, or null when it is not listed (it operates). */
        private String stageInCsv(String code) throws Exception {
            String body = new String(portal.mvc().perform(get("/dashboard/not-started.csv").session(yamanashi))
                    .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            return body.lines().filter(l -> l.startsWith(code)).map(l -> l.split(",")[5]).findFirst().orElse(null);
        }

        private JsonNode figures(MockHttpSession session, String prefecture, LocalDate asOf) throws Exception {
            MvcResult result = portal.mvc().perform(get("/dashboard/api/figures").param("prefecture", prefecture)
                    .param("asOf", asOf.toString()).session(session)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return json.readTree(result.getResponse().getContentAsByteArray());
        }

        private String page(MockHttpSession session, String url) throws Exception {
            MvcResult result = portal.mvc().perform(get(url).session(session)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(200);
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        }

        private int status(MockHttpSession session, String url) throws Exception {
            return portal.mvc().perform(get(url).session(session)).andReturn().getResponse().getStatus();
        }

        private static JsonNode typeRow(JsonNode figures, String type) {
            if ("ALL".equals(type)) return figures.get("allTypes");
            for (JsonNode row : figures.get("byType")) if (row.get("type").asText().equals(type)) return row;
            throw new AssertionError("no row " + type);
        }
    }

    /** Counted straight from the generated records; null means any. */
    static int count(Prefecture prefecture, InstitutionType type, AdoptionStage stage, LocalDate date) {
        return (int) POPULATION.stream().filter(i -> prefecture == null || i.prefecture() == prefecture)
                .filter(i -> type == null || i.institutionType() == type)
                .filter(i -> stage == null || i.stageOn(date) == stage).count();
    }

    static String csv(List<InstitutionAdoption> institutions) {
        try {
            StringWriter out = new StringWriter();
            InstitutionCsv.writeHeader(out);
            for (InstitutionAdoption i : institutions) InstitutionCsv.write(out, i);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
