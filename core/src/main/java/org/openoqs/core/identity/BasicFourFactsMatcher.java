package org.openoqs.core.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openoqs.core.code.Prefecture;

/**
 * Compares the 基本4情報 of a card with an insurer's record before a link (紐付け) is accepted. The 2023 mis-linkage
 * incidents (reference oqs-rules §5.4 [C]) came from links made on an insurer's word alone; here a link is made only
 * when all four facts agree, and any difference is reported field by field so that a person can review it.
 *
 * <p>Normalisation is deliberately narrow, so that spelling differences of the same text agree but different people do
 * not: NFKC (full/half width), all white space removed, a short table of 異体字 that 住基 treats as the same
 * character (髙→高, 﨑→崎, …); for addresses also dash variants unified, 丁目/番地/番 before a digit read as a hyphen,
 * a trailing 号 dropped, and a leading 都道府県 ignored when only one side has it. A {@code ●} (a character the
 * insurer's system could not represent) never matches: such records go to review.
 */
public final class BasicFourFactsMatcher {

    /** The field names reported in mismatches, as OQS elements. */
    public static final String NAME = "Name", BIRTHDATE = "Birthdate", SEX = "Sex1", ADDRESS = "Address";

    private static final Map<Character, Character> VARIANTS = Map.of(
            '髙', '高', '﨑', '崎', '德', '徳', '濵', '浜', '邉', '辺', '邊', '辺', '齋', '斎', '齊', '斉', '櫻', '桜', '廣', '広');
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−ｰー－]");
    private static final Pattern BLOCK_WORDS = Pattern.compile("(\\d)(?:丁目|番地|番)(?=\\d)");
    private static final Pattern TRAILING_GO = Pattern.compile("(\\d)号$");

    /** The OQS element names of the facts that differ; empty when the card may be linked. */
    public List<String> mismatches(BasicFourFacts card, BasicFourFacts record) {
        List<String> out = new ArrayList<>(4);
        if (!sameName(card.name(), record.name())) out.add(NAME);
        if (!card.birthdate().equals(record.birthdate())) out.add(BIRTHDATE);
        if (card.sex() != record.sex()) out.add(SEX);
        if (!sameAddress(card.address(), record.address())) out.add(ADDRESS);
        return out;
    }

    static boolean sameName(String a, String b) {
        String x = name(a), y = name(b);
        return !x.isEmpty() && !x.contains("●") && x.equals(y);
    }

    static boolean sameAddress(String a, String b) {
        String x = address(a), y = address(b);
        if (x.isEmpty() || x.contains("●") || y.contains("●")) return false;
        if (x.equals(y)) return true;
        // A leading 都道府県 is ignored only when one side leaves it out; two different ones never match.
        return prefectureOf(x).isEmpty() != prefectureOf(y).isEmpty()
                && withoutPrefecture(x).equals(withoutPrefecture(y));
    }

    static String name(String raw) {
        String s = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
            out.append(VARIANTS.getOrDefault(c, c));
        }
        return out.toString();
    }

    static String address(String raw) {
        String s = name(raw);
        s = DASHES.matcher(s).replaceAll("-");
        s = BLOCK_WORDS.matcher(s).replaceAll("$1-");
        s = BLOCK_WORDS.matcher(s).replaceAll("$1-"); // overlapping matches: 1丁目2番3
        return TRAILING_GO.matcher(s).replaceAll("$1");
    }

    private static String prefectureOf(String address) {
        for (Prefecture p : Prefecture.values()) {
            if (address.startsWith(p.label())) return p.label();
        }
        return "";
    }

    private static String withoutPrefecture(String address) {
        return address.substring(prefectureOf(address).length());
    }
}
