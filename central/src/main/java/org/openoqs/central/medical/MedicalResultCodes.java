package org.openoqs.central.medical;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.openoqs.core.consent.ConsentCategory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ResultCode and MessageContents of YZK/TKK answers. Only {@code 1} = success is known [C] reference §2.7; the
 * refusal codes are OpenOQS's own, like central's {@code oqs.result-codes}, and each entry can be replaced, e.g.
 * {@code oqs.medical.result-codes.outcomes.no-consent.code=…} (a code given alone keeps the default message). Messages
 * may contain {@code {category}}, replaced by the information's name (薬剤情報, 特定健診情報). {@code notes} are
 * added to MessageContents of a granted answer: {@code pdf-as-xml} when PDF was asked for, {@code no-diagnosis} when
 * 診療情報 was asked for.
 */
@ConfigurationProperties("oqs.medical.result-codes")
public class MedicalResultCodes {

    /** One catalogue entry. */
    public record Entry(String code, String message) {}

    private Map<String, Entry> outcomes = new HashMap<>(defaults());
    private Map<String, String> notes = new HashMap<>(defaultNotes());

    private static Map<String, Entry> defaults() {
        Map<MedicalOutcome, Entry> d = new EnumMap<>(MedicalOutcome.class);
        d.put(MedicalOutcome.GRANTED, new Entry("1", null));
        d.put(MedicalOutcome.NO_CONSENT, new Entry("E1001", "同意なし：{category}の閲覧同意がありません。"));
        d.put(MedicalOutcome.CONSENT_EXPIRED, new Entry("E1002",
                "同意の有効期限切れ：{category}の閲覧同意の有効期限が切れています。マイナンバーカードで改めて同意を取得してください。"));
        d.put(MedicalOutcome.CONSENT_WITHDRAWN, new Entry("E1003", "同意撤回：{category}の閲覧同意は撤回されています。"));
        d.put(MedicalOutcome.CONSENT_UNAVAILABLE, new Entry("E1009", "同意情報を確認できません。しばらくしてから再度照会してください。"));
        d.put(MedicalOutcome.NOT_FOUND, new Entry("E1101", "該当者なし：被保険者証情報に該当する方がいません。入力内容をご確認ください。"));
        d.put(MedicalOutcome.MULTIPLE, new Entry("E1102", "複数該当：複数の方が該当しました。枝番を含めて照会してください。"));
        d.put(MedicalOutcome.INVALID_INPUT, new Entry("E1201", "入力誤り：要求内容に誤りがあります。"));
        Map<String, Entry> byName = new HashMap<>();
        d.forEach((outcome, entry) -> byName.put(outcome.property(), entry));
        return byName;
    }

    private static Map<String, String> defaultNotes() {
        return Map.of("pdf-as-xml", "PDF形式には対応していないため、XML形式で回答します。",
                "no-diagnosis", "診療情報は提供していないため、{category}のみ回答します。");
    }

    public Map<String, Entry> getOutcomes() { return outcomes; }

    /** Configured entries override the defaults one by one; a missing code or message keeps the default's. */
    public void setOutcomes(Map<String, Entry> configured) {
        Map<String, Entry> merged = new HashMap<>(defaults());
        configured.forEach((name, entry) -> merged.merge(name, entry, (base, over) -> new Entry(
                over.code() == null ? base.code() : over.code(), over.message() == null ? base.message() : over.message())));
        this.outcomes = merged;
    }

    public Map<String, String> getNotes() { return notes; }

    public void setNotes(Map<String, String> configured) {
        Map<String, String> merged = new HashMap<>(defaultNotes());
        merged.putAll(configured);
        this.notes = merged;
    }

    public String code(MedicalOutcome outcome) {
        return entry(outcome).code();
    }

    /** The outcome's message for {@code category}, followed by {@code detail} in （） when given; null for none. */
    public String message(MedicalOutcome outcome, ConsentCategory category, String detail) {
        String message = entry(outcome).message();
        String text = message == null ? null : message.replace("{category}", category.label());
        if (detail == null) return text;
        return text == null ? detail : text + "（" + detail + "）";
    }

    /** A configured note for {@code category}. */
    public String note(String name, ConsentCategory category) {
        String note = notes.get(name);
        if (note == null) throw new IllegalArgumentException("no note configured for " + name);
        return note.replace("{category}", category.label());
    }

    private Entry entry(MedicalOutcome outcome) {
        Entry e = outcomes.get(outcome.property());
        if (e == null) throw new IllegalArgumentException("no result code configured for " + outcome.property());
        return e;
    }
}
