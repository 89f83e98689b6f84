package org.openoqs.core.text;

import java.text.Normalizer;

/**
 * Katakana width conversion. OQS results carry {@code NameKana} in half-width katakana with a half-width space
 * (e.g. {@code ｼﾝﾘｮｳ ﾀﾛｳ}, reference §2.2); input may come full-width. NFKC handles half→full; full→half needs this
 * table because Unicode has no normalisation form for it.
 */
public final class KanaWidth {
    private KanaWidth() {}

    private static final String FULL =
            "ァアィイゥウェエォオカキクケコサシスセソタチッツテトナニヌネノハヒフヘホマミムメモャヤュユョヨラリルレロワヲンー・「」、。゛゜";
    private static final String[] HALF = {
            "ｧ", "ｱ", "ｨ", "ｲ", "ｩ", "ｳ", "ｪ", "ｴ", "ｫ", "ｵ", "ｶ", "ｷ", "ｸ", "ｹ", "ｺ", "ｻ", "ｼ", "ｽ", "ｾ", "ｿ",
            "ﾀ", "ﾁ", "ｯ", "ﾂ", "ﾃ", "ﾄ", "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ", "ﾊ", "ﾋ", "ﾌ", "ﾍ", "ﾎ", "ﾏ", "ﾐ", "ﾑ", "ﾒ", "ﾓ",
            "ｬ", "ﾔ", "ｭ", "ﾕ", "ｮ", "ﾖ", "ﾗ", "ﾘ", "ﾙ", "ﾚ", "ﾛ", "ﾜ", "ｦ", "ﾝ", "ｰ", "･", "｢", "｣", "､", "｡", "ﾞ", "ﾟ"};
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
    private static final String VOICED_BASE = "カキクケコサシスセソタチツテトハヒフヘホウ";
    private static final String SEMI_VOICED = "パピプペポ";
    private static final String SEMI_VOICED_BASE = "ハヒフヘホ";

    /**
     * Full-width katakana (and hiragana, converted to katakana first) to half-width, with dakuten split into a
     * separate ﾞ/ﾟ as half-width kana requires. Full-width space becomes a half-width space; other characters pass.
     */
    public static String toHalfWidth(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = hiraganaToKatakana(s.charAt(i));
            int v = VOICED.indexOf(c);
            int p = SEMI_VOICED.indexOf(c);
            int f = FULL.indexOf(c);
            if (v >= 0) out.append(HALF[FULL.indexOf(VOICED_BASE.charAt(v))]).append('ﾞ');
            else if (p >= 0) out.append(HALF[FULL.indexOf(SEMI_VOICED_BASE.charAt(p))]).append('ﾟ');
            else if (f >= 0) out.append(HALF[f]);
            else if (c == '\u3099') out.append('ﾞ'); // combining voiced mark of decomposed (NFD) input
            else if (c == '\u309A') out.append('ﾟ'); // combining semi-voiced mark
            else if (c == '\u3000') out.append(' ');
            else out.append(c);
        }
        return out.toString();
    }

    /** Half-width katakana to full-width (NFKC also folds other compatibility characters such as full-width digits). */
    public static String toFullWidth(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static char hiraganaToKatakana(char c) {
        return (c >= 'ぁ' && c <= 'ゖ') ? (char) (c + ('ァ' - 'ぁ')) : c;
    }
}
