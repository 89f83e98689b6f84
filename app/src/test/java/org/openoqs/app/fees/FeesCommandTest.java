package org.openoqs.app.fees;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.OqsCommand;
import picocli.CommandLine;

/** {@code oqs fees} and {@code oqs fees rules} as a user runs them: the printed figures, JSON, and bad input. */
class FeesCommandTest {
    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    Run oqs(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "fees";
            System.arraycopy(args, 0, all, 1, args.length);
            int exit = new CommandLine(new OqsCommand()).execute(all);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void theClinicModelPrintsTheLeafletsFigures() {
        Run run = oqs("--model", "clinic");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("医科  2022-04  規則: 2022-04-01 – 2022-09-30  丸め: DAY")
                .contains("  EH22-MED-FIRST-MYNA     電子的保健医療情報活用加算 初診（マイナ保険証）  7点 × 1.272人/日  月1回  = 8.904点  [C]")
                .contains("  EH22-MED-FIRST-FALLBACK 電子的保健医療情報活用加算 初診（情報取得困難）  3点 × 3人/日")
                .contains("合計: 43点/日  430円/日  860点/月  8,600円/月  103,200円/年  （月平均 8,600円）")
                .contains("合計: 9点/日  90円/日  180点/月  1,800円/月  21,600円/年");
    }

    @Test
    void thePharmacyModelPrintsTheLeafletsFigures() {
        Run run = oqs("--model", "pharmacy");
        assertThat(run.out()).contains("合計: 1,011点/月  10,110円/月  121,320円/年")
                .contains("合計: 795点/月  7,950円/月  31,800円/年  （月平均 2,650円）")
                .contains("EH22-PHA-FALLBACK").contains("3月に1回");
    }

    @Test
    void paperPrintsOnlyTheAllPaperCase() {
        Run run = oqs("--model", "pharmacy", "--paper");
        assertThat(run.out()).contains("31,800円/年").doesNotContain("121,320").doesNotContain("カード利用率 42.4%（");
    }

    @Test
    void ownInputsUnderALaterMonthsRules() {
        Run run = oqs("--setting", "MEDICAL", "--month", "2025-10", "--first", "5", "--revisits", "30", "--days", "22",
                "--card-rate", "30", "--dx-filed", "--e-prescription", "--usage-rate", "40");
        assertThat(run.exit()).isZero();
        // 取得加算 初診 1点 × 5 + 再診 1点 × 30 (3月に1回) + DX 加算2 11点 × 5 = 90 → 90点/日 in the month the window opens
        assertThat(run.out()).contains("規則: 2025-10-01 – 2026-02-28")
                .contains("医療DX推進体制整備加算 加算2（11点）: 利用率 40% ≥ 40%")
                .contains("合計: 90点/日  900円/日  1,980点/月  19,800円/月");
    }

    @Test
    void jsonIsTheApisFormat() throws Exception {
        Run run = oqs("--model", "clinic", "--json");
        JsonNode json = FeePrinting.JSON.readTree(run.out());
        assertThat(json.at("/atCardRate/yenPerYear").asLong()).isEqualTo(103_200);
        assertThat(json.at("/allPaper/yenPerYear").asLong()).isEqualTo(21_600);
        assertThat(json.at("/period/from").asText()).isEqualTo("2022-04-01");
    }

    @Test
    void theSeriesPrintsMonthByMonth() {
        Run run = oqs("--model", "clinic", "--series", "--until", "2026-07");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2022-04               8,600               1,800  ▲ 電子的保健医療情報活用加算")
                .contains("2023-04").contains("2026-06").contains("仮定: 最後の規則");
        assertThat(run.out().lines().filter(l -> l.matches("\\d{4}-\\d{2} .*"))).hasSize(52);
    }

    @Test
    void rulesPrintsTheRowsInForceInAMonth() {
        Run run = oqs("rules", "--month", "2024-12", "--setting", "PHARMACY");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("IA2412-PHA").contains("12月に1回").contains("DX2410-PHA-1")
                .doesNotContain("IA2406-PHA-1").contains("加算1  2024-10-01 – 2024-12-31  利用率 ≥ 15%");
        Run beyond = oqs("rules", "--month", "2027-01");
        assertThat(beyond.out()).contains("2027-01 の規則は分かっていません").contains("DX2504-DEN-4").contains("不明");
    }

    @Test
    void rulesAsJson() throws Exception {
        JsonNode json = FeePrinting.JSON.readTree(oqs("rules", "--json").out());
        assertThat(json.at("/knownThrough").asText()).isEqualTo("2026-05-31");
        assertThat(json.at("/periods").size()).isEqualTo(11);
    }

    @Test
    void badInputNamesTheOption() {
        Run run = oqs("--model", "clinic", "--card-rate", "142");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--card-rate").contains("0 to 100 percent");
        Run pharmacyByDay = oqs("--model", "pharmacy", "--rounding", "DAY");
        assertThat(pharmacyByDay.exit()).isEqualTo(2);
        assertThat(pharmacyByDay.err()).contains("--rounding");
        assertThat(oqs("--model", "hospital").err()).contains("--model");
    }

    @Test
    void anOverrideTableIsReadAndItsErrorsNamed() throws Exception {
        Path rules = dir.resolve("rules.csv");
        Path thresholds = dir.resolve("thresholds.csv");
        Files.writeString(rules, "RuleId,Addition,AdditionName,Label,Setting,Visit,Variant,DxLevel,Points,WindowMonths,"
                + "From,To,Confidence,Source,Note\nX-1,X,試験加算,初診,MEDICAL,FIRST,MYNA,,5,1,2022-04-01,,C,test,\n");
        Files.writeString(thresholds, "From,To,DxLevel,MinimumUsageRate,PediatricMinimumUsageRate,RequiresEPrescription,"
                + "RequiresPortalConsultation,Confidence,Source,Note\n");
        Run run = oqs("--model", "clinic", "--rules", rules.toString(), "--thresholds", thresholds.toString());
        assertThat(run.out()).contains("X-1").contains("合計: 6点/日");
        Files.writeString(rules, Files.readString(rules).replace(",5,1,", ",5,2,"));
        Run broken = oqs("--model", "clinic", "--rules", rules.toString(), "--thresholds", thresholds.toString());
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(broken.err()).contains(rules + " line 2, column WindowMonths");
    }
}
