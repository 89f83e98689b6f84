package org.openoqs.central.confirmation;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ProcessingResultStatus / Code / Message for each outcome. The official catalogue (別紙6-1 処理結果コード) is not
 * public (reference §7.1), so the codes here are OpenOQS's own and every entry can be replaced by configuration,
 * e.g. {@code oqs.result-codes.outcomes.not-found.code=…}. Following reference §4, the 資格有効性 outcomes 2–5 are
 * normal processing (status 1) carrying a notice code; status 2 is kept for queries that could not be processed.
 */
@ConfigurationProperties("oqs.result-codes")
public class ResultCodes {

    /** One catalogue entry. */
    public record Entry(String status, String code, String message) {}

    private Map<String, Entry> outcomes = new HashMap<>(defaults());

    private static Map<String, Entry> defaults() {
        return Map.ofEntries(
                Map.entry("valid", new Entry("1", null, null)),
                Map.entry("invalid", new Entry("1", "W0002", "照会日において資格が無効です。")),
                Map.entry("invalid-newer-exists", new Entry("1", "W0003",
                        "照会日において資格が無効です。新しい資格が登録されています。最新の資格情報をご確認ください。")),
                Map.entry("not-found", new Entry("1", "W0004", "該当する資格がありません。入力内容をご確認ください。")),
                Map.entry("multiple", new Entry("1", "W0005", "複数の資格が該当しました。枝番を含めて照会してください。")),
                Map.entry("invalid-input", new Entry("2", "E0101", "照会内容に誤りがあります。")),
                Map.entry("malformed-message", new Entry("9", "E9001", "要求電文の形式に誤りがあります。")),
                Map.entry("reception-not-found", new Entry("9", "E9101", "受付番号に該当する要求がありません。")),
                Map.entry("reference-registered", new Entry("1", null, null)),
                Map.entry("reference-not-found", new Entry("2", "E0201", "照会番号を登録する資格が見つかりません。")),
                Map.entry("reference-multiple", new Entry("2", "E0202", "複数の資格が該当しました。枝番を含めて登録してください。")),
                Map.entry("card-rejected", new Entry("9", "E0301", "マイナンバーカードを確認できませんでした。")),
                Map.entry("card-revoked", new Entry("9", "E0302", "マイナンバーカードの電子証明書が失効しています。市区町村窓口で更新してください。")),
                Map.entry("card-expired", new Entry("9", "E0303", "マイナンバーカードの電子証明書の有効期限が切れています。市区町村窓口で更新してください。")),
                Map.entry("card-not-linked", new Entry("9", "E0304", "このマイナンバーカードは資格情報と紐付けられていません。ご加入の保険者にお問い合わせください。")),
                Map.entry("challenge-invalid", new Entry("9", "E0305", "認証の有効期限が切れたか、既に使用されています。もう一度カードを置いてください。")),
                Map.entry("jpki-unavailable", new Entry("9", "E9301", "電子証明書を検証できません（システム設定を確認してください）。")));
    }

    public Map<String, Entry> getOutcomes() { return outcomes; }

    /** Configured entries override the defaults one by one. */
    public void setOutcomes(Map<String, Entry> configured) {
        Map<String, Entry> merged = new HashMap<>(defaults());
        merged.putAll(configured);
        this.outcomes = merged;
    }

    public Entry get(String outcome) {
        Entry e = outcomes.get(outcome);
        if (e == null) throw new IllegalArgumentException("no result code configured for " + outcome);
        return e;
    }
}
