package org.openoqs.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openoqs.app.central.CentralServer;
import org.openoqs.portal.PortalServer;
import org.openoqs.terminal.browser.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * シカク in a real browser, on a portal started alone as {@code ./oqs portal} starts it: a question the FAQ answers is
 * answered with its entry cited, an unrelated one gets 「分かりません」 with the contacts, both appended to one
 * conversation by htmx (with the form's CSRF token) without leaving the page; the FAQ search works the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShikakuChatBrowserTest {
    @TempDir static Path dir;
    PortalServer portal;
    Chromium browser;

    @BeforeAll
    void start() {
        browser = Chromium.start();
        portal = PortalLauncher.startAlone(0, new CentralServer.Store(dir.resolve("data"), null, null, null));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) browser.close();
        } finally {
            if (portal != null) portal.close();
        }
    }

    @Test
    void shikakuAnswersFromTheFaqAndSaysWhenItDoesNotKnow() {
        browser.open(portal.url() + "/chat");
        assertThat(browser.text("shikaku-persona")).contains("シカク").contains("よくある質問");
        WebElement page = browser.driver().findElement(By.tagName("main"));

        ask("補助金の申請期限");
        WebElement first = exchange(1);
        assertThat(first.getDomAttribute("data-known")).isEqualTo("true");
        WebElement citation = first.findElement(By.className("citation"));
        assertThat(citation.getDomAttribute("data-faq-id")).isEqualTo("FAQ-027");
        assertThat(citation.getDomAttribute("href")).isEqualTo("/faq/FAQ-027");
        assertThat(first.findElement(By.className("answer-text")).getText()).contains("2023年9月30日");
        assertThat(browser.driver().findElement(By.id("question")).getDomProperty("value")).as("box cleared").isEmpty();

        ask("今日の天気は？");
        WebElement second = exchange(2);
        assertThat(second.getDomAttribute("data-known")).isEqualTo("false");
        assertThat(second.getText()).contains("申し訳ありません、その質問には分かりません。").contains("0800-080-4583")
                .contains("contact@iryohokenjyoho-portalsite.jp");
        assertThat(second.findElements(By.className("citation"))).isEmpty();
        assertThat(browser.driver().findElement(By.tagName("main"))).as("the same page, appended to").isEqualTo(page);
        browser.screenshot("shikaku-chat");

        citation.click();
        assertThat(browser.text("faq-question")).isEqualTo("補助金の申請期限はいつまでですか？");
    }

    @Test
    void theFaqSearchPutsTheRightEntryFirst() {
        browser.open(portal.url() + "/faq");
        browser.type("faq-q", "電子証明書 有効期限");
        browser.click("faq-search");
        By first = By.cssSelector("#faq-result-list .faq-result:first-child");
        WebElement hit = new WebDriverWait(browser.driver(), Chromium.WAIT).until(ExpectedConditions.visibilityOfElementLocated(first));
        assertThat(hit.getDomAttribute("data-faq-id")).isEqualTo("FAQ-023");
        assertThat(browser.driver().getCurrentUrl()).as("htmx replaced the results in place").endsWith("/faq");
        browser.screenshot("faq-search");
    }

    private void ask(String question) {
        int before = exchanges().size();
        browser.type("question", question);
        browser.click("chat-submit");
        new WebDriverWait(browser.driver(), Chromium.WAIT).until(d -> exchanges().size() > before);
    }

    private WebElement exchange(int position) {
        return exchanges().get(position - 1);
    }

    private List<WebElement> exchanges() {
        return browser.driver().findElements(By.cssSelector("#conversation > li.chat-exchange"));
    }
}
