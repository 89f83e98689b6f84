package org.openoqs.portal.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled FAQ is complete and well formed; a broken FAQ file is refused naming file, line and field. */
class FaqCatalogTest {
    private static final String HEADER = "# comment line\nId,Category,Question,Answer,Keywords,Source\n";
    private static final String GOOD = "FAQ-001,補助金,補助金の申請期限は？,申請期限は過ぎました。ご確認ください。,期限;締切,rules §2.3\n";

    @Test
    void theBundledFaqHasAtLeastFortyEntriesInEveryCategory() {
        FaqCatalog catalog = FaqFixtures.bundled();
        assertThat(catalog.entries()).hasSizeGreaterThanOrEqualTo(48);
        EnumSet<FaqCategory> covered = EnumSet.noneOf(FaqCategory.class);
        catalog.entries().forEach(e -> covered.add(e.category()));
        assertThat(covered).containsExactlyInAnyOrder(FaqCategory.values());
        Map<FaqCategory, List<FaqEntry>> groups = catalog.byCategory();
        assertThat(groups.keySet()).containsExactly(FaqCategory.values());
        assertThat(groups.values()).allSatisfy(list -> assertThat(list).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theBundledFaqIsPoliteDatedAndSourced() {
        for (FaqEntry entry : FaqFixtures.bundled().entries()) {
            assertThat(entry.answer()).as(entry.id()).containsAnyOf("です。", "ます。", "ません。", "ください。");
            assertThat(entry.source()).as(entry.id()).containsAnyOf("rules", "seed", "docs/", "screen");
            assertThat(entry.keywords()).as(entry.id()).isNotEmpty();
            assertThat(entry.answer()).as("%s: the contacts placeholder is filled", entry.id()).doesNotContain("{");
        }
        assertThat(FaqFixtures.bundled().find("FAQ-051").orElseThrow().answer()).contains("0800-080-4583")
                .contains("contact@iryohokenjyoho-portalsite.jp");
    }

    @Test
    void idsAscendInFileOrderSoRetiredIdsAreNeverReused() {
        // Links and シカク's citations point at ids: a retired id leaves a gap, a new entry takes the next number.
        List<String> ids = FaqFixtures.bundled().entries().stream().map(FaqEntry::id).toList();
        assertThat(ids).first().isEqualTo("FAQ-001");
        assertThat(ids).isSortedAccordingTo(String::compareTo).doesNotHaveDuplicates();
        assertThat(FaqFixtures.bundled().find("FAQ-027").orElseThrow().path()).isEqualTo("/faq/FAQ-027");
        assertThat(FaqFixtures.bundled().find("FAQ-999")).isEmpty();
    }

    @Test
    void aGoodFileIsRead() {
        FaqCatalog catalog = FaqFixtures.read(HEADER + GOOD);
        FaqEntry entry = catalog.entries().get(0);
        assertThat(entry.category()).isEqualTo(FaqCategory.SUBSIDY);
        assertThat(entry.keywords()).containsExactly("期限", "締切");
    }

    @Test
    void theContactsPlaceholderIsFilledFromConfiguration() {
        FaqContacts contacts = new FaqContacts("窓口", "03-1234-5678", "平日", "a@example.jp");
        FaqCatalog catalog = FaqCatalog.read(new java.io.StringReader(HEADER
                + "FAQ-001,トラブル・問い合わせ,連絡先は？,\"お電話ください。{お問い合わせ先} メールも使えます。\",電話,seed 002\n"), "x.csv", contacts);
        assertThat(catalog.entries().get(0).answer()).isEqualTo("お電話ください。" + contacts.summary() + " メールも使えます。");
    }

    @Test
    void brokenFilesNameFileLineAndField() {
        assertRefused(HEADER + GOOD + GOOD.replace("補助金の", "別の"), "test-faq.csv line 4, field Id: FAQ-001 is already used on line 3");
        assertRefused(HEADER + GOOD.replace("補助金,", "天気,"), "line 3, field Category: unknown category '天気'");
        assertRefused(HEADER + GOOD.replace("FAQ-001", "Q1"), "line 3, field Id: 'Q1' is not of the form FAQ-001");
        assertRefused(HEADER + GOOD.replace("補助金の申請期限は？", " "), "line 3, field Question: empty");
        assertRefused(HEADER + GOOD.replace("rules §2.3", ""), "line 3, field Source: empty");
        assertRefused(HEADER + GOOD.replace("期限;締切", "期限;;締切"), "line 3, field Keywords: empty keyword");
        assertRefused(HEADER + GOOD.replace("ご確認ください。", "{電話}"), "line 3, field Answer: unknown placeholder");
        assertRefused(HEADER + GOOD.replace("ご確認ください。", ""), "line 3, field Answer: 1 sentences; write 2 to 6");
        assertRefused(HEADER + GOOD.replace(",rules §2.3", ""), "line 3, field (all): expected 6 fields, found 5");
        assertRefused("Id,Category,Question,Answer,Keywords\n" + GOOD, "line 1, field Source: missing column");
        assertRefused(HEADER, "test-faq.csv: no entries");
        assertRefused(HEADER + GOOD.replace("申請期限は過ぎました", "\"unterminated"), "test-faq.csv: not a valid CSV file");
    }

    @Test
    void theLineNumberFollowsMultiLineFields() {
        String multiLine = "FAQ-002,補助金,二つめ,\"一行目です。\n二行目です。\",期限,rules\n";
        assertRefused(HEADER + GOOD + multiLine + GOOD.replace("補助金の", "三つめ"), "line 6, field Id: FAQ-001 is already used on line 3");
    }

    private static void assertRefused(String csv, String message) {
        assertThatThrownBy(() -> FaqFixtures.read(csv)).isInstanceOf(FaqFormatException.class).hasMessageContaining(message);
    }
}
