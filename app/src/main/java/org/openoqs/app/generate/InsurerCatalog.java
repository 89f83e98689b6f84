package org.openoqs.app.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.number.CheckDigit;

/**
 * A fixed catalogue of insurers of every kind, with 保険者番号 laid out as in oqs-rules §1.2 and a valid 検証番号
 * (computed by {@link CheckDigit}). It does not depend on the seed, so every generated population refers to the same
 * insurers and {@code insurers.csv} can be loaded once:
 * <ul>
 *   <li>協会けんぽ: one 支部 per prefecture, {@code 01}+pref+{@code 001}+cd, e.g. 01130012 全国健康保険協会東京支部;</li>
 *   <li>組合健保: {@code 06}+pref+3+cd named ○○健康保険組合, more of them where industry concentrates;</li>
 *   <li>共済: {@code 31} national ministries, {@code 32} 地方職員, {@code 33} 警察, {@code 34} 公立学校 per prefecture;</li>
 *   <li>市町村国保: 6 digits, pref + JIS local code + cd, named after the municipality, e.g. 131011 千代田区;</li>
 *   <li>国保組合: 6 digits whose 保険者別番号 starts with 3, e.g. 東京都医師国民健康保険組合;</li>
 *   <li>後期高齢: {@code 39}+pref+{@code 1xx}+cd, one number per municipality, named ○○県後期高齢者医療広域連合.</li>
 * </ul>
 */
public final class InsurerCatalog {

    /** Column header of {@code insurers.csv}. */
    public static final List<String> CSV_HEADER = List.of("InsurerNumber", "InsurerName", "kind");

    private static final List<String> COMPANY_PREFIXES = List.of("日本", "東洋", "大和", "中央", "第一", "昭和",
            "東邦", "北斗", "三協", "光和", "旭", "共栄", "双葉", "明治", "瑞穂");
    private static final List<String> INDUSTRIES = List.of("電機", "化学", "製薬", "運輸", "建設", "商事", "印刷",
            "食品", "鉄鋼", "精工", "物産", "通信", "自動車", "紡績", "百貨店", "ガス");
    private static final List<String> MINISTRIES = List.of("衆議院", "参議院", "内閣", "総務省", "法務省", "外務省",
            "財務省", "文部科学省", "厚生労働省", "農林水産省", "経済産業省", "国土交通省", "防衛省", "裁判所",
            "会計検査院");
    private static final List<String> KOKUHO_TRADES = List.of("医師", "歯科医師", "薬剤師", "建設", "食品販売",
            "理容美容");
    private static final List<Integer> KOKUHO_KUMIAI_PREFECTURES = List.of(1, 4, 11, 12, 13, 14, 15, 22, 23, 26,
            27, 28, 34, 40);
    /** 健保組合 per prefecture where there are more than one: head offices cluster in the big cities. */
    private static final Map<Integer, Integer> KUMIAI_PER_PREFECTURE = Map.of(13, 40, 27, 15, 23, 12, 14, 6,
            28, 3, 40, 3, 11, 3, 26, 3, 22, 3, 34, 3);

    private final List<Insurer> all = new ArrayList<>();
    private final Map<Prefecture, Insurer> kyokai = new EnumMap<>(Prefecture.class);
    private final List<Insurer> kumiai = new ArrayList<>();
    private final List<Insurer> nationalKyosai = new ArrayList<>();
    private final Map<Prefecture, List<Insurer>> localKyosai = new EnumMap<>(Prefecture.class);
    private final Map<Municipality, Insurer> shichosonKokuho = new HashMap<>();
    private final Map<Prefecture, List<Insurer>> kokuhoKumiai = new EnumMap<>(Prefecture.class);
    private final Map<Municipality, Insurer> kokiKorei = new HashMap<>();

    /** Builds the catalogue for the municipalities of {@code addresses}. */
    public InsurerCatalog(AddressPool addresses) {
        addKyokaiKenpo();
        addKumiaiKenpo();
        addKyosai();
        addShichosonKokuho(addresses.municipalities());
        addKokuhoKumiai();
        addKokiKorei(addresses.municipalities());
    }

    /** Every insurer, in a stable order. */
    public List<Insurer> all() { return Collections.unmodifiableList(all); }

    /**
     * The employer-side insurer of a new employee living in {@code prefecture}: roughly the real shares of
     * 被用者保険 members, 協会けんぽ ~52%, 健保組合 ~37%, 共済 ~11%.
     */
    public Insurer pickEmployeeInsurer(Prefecture prefecture, SplittableRandom random) {
        double p = random.nextDouble();
        if (p < 0.52) return kyokai.get(prefecture);
        if (p < 0.89) return kumiai.get(random.nextInt(kumiai.size()));
        return pickKyosai(prefecture, random);
    }

    /** An employee insurer other than {@code current}, for someone changing jobs. */
    public Insurer pickOtherEmployeeInsurer(Insurer current, SplittableRandom random) {
        Insurer next = pickEmployeeInsurer(current.prefecture(), random);
        while (next.equals(current)) next = kumiai.get(random.nextInt(kumiai.size()));
        return next;
    }

    /** The 国保 of a household in {@code municipality}: about one in ten belongs to a trade 国保組合 instead. */
    public Insurer pickKokuho(Municipality municipality, SplittableRandom random) {
        List<Insurer> trades = kokuhoKumiai.getOrDefault(municipality.prefecture(), List.of());
        if (!trades.isEmpty() && random.nextDouble() < 0.10) return trades.get(random.nextInt(trades.size()));
        return shichosonKokuho.get(municipality);
    }

    /** The 後期高齢者医療 number for people living in {@code municipality}. */
    public Insurer kokiKorei(Municipality municipality) {
        return kokiKorei.get(municipality);
    }

    /** Writes {@code insurers.csv}: header {@link #CSV_HEADER}, one row per insurer, {@code \n} line ends. */
    public void writeCsv(Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Insurer insurer : all) printer.printRecord(insurer.number(), insurer.name(), insurer.kind().name());
        printer.flush();
    }

    private Insurer pickKyosai(Prefecture prefecture, SplittableRandom random) {
        if (random.nextDouble() < 0.25) return nationalKyosai.get(random.nextInt(nationalKyosai.size()));
        List<Insurer> local = localKyosai.get(prefecture);
        return local.get(random.nextInt(local.size()));
    }

    private void addKyokaiKenpo() {
        for (Prefecture p : Prefecture.values()) {
            kyokai.put(p, add("01" + p.code() + "001", "全国健康保険協会" + shortName(p) + "支部",
                    InsurerKind.KYOKAI_KENPO, p));
        }
    }

    private void addKumiaiKenpo() {
        for (Prefecture p : Prefecture.values()) {
            int count = KUMIAI_PER_PREFECTURE.getOrDefault(p.number(), 1);
            for (int i = 0; i < count; i++) {
                String name = companyName(kumiai.size()) + "健康保険組合";
                kumiai.add(add("06" + p.code() + String.format("%03d", 11 + 7 * i), name,
                        InsurerKind.KUMIAI_KENPO, p));
            }
        }
    }

    /** Prefix × industry, distinct for every index below 15 × 16 = 240. */
    private static String companyName(int index) {
        return COMPANY_PREFIXES.get(index % COMPANY_PREFIXES.size())
                + INDUSTRIES.get(index / COMPANY_PREFIXES.size() % INDUSTRIES.size());
    }

    private void addKyosai() {
        for (int i = 0; i < MINISTRIES.size(); i++) {
            nationalKyosai.add(add("3113" + String.format("%03d", 1 + 2 * i), MINISTRIES.get(i) + "共済組合",
                    InsurerKind.KYOSAI, Prefecture.TOKYO));
        }
        for (Prefecture p : Prefecture.values()) {
            localKyosai.put(p, List.of(
                    add("32" + p.code() + "001", "地方職員共済組合" + p.label() + "支部", InsurerKind.KYOSAI, p),
                    add("33" + p.code() + "001", "警察共済組合" + p.label() + "支部", InsurerKind.KYOSAI, p),
                    add("34" + p.code() + "001", "公立学校共済組合" + p.label() + "支部", InsurerKind.KYOSAI, p)));
        }
    }

    private void addShichosonKokuho(List<Municipality> municipalities) {
        for (Municipality m : municipalities) {
            shichosonKokuho.put(m, add(m.prefecture().code() + m.localCode(), m.name(),
                    InsurerKind.SHICHOSON_KOKUHO, m.prefecture()));
        }
    }

    private void addKokuhoKumiai() {
        for (int number : KOKUHO_KUMIAI_PREFECTURES) {
            Prefecture p = Prefecture.fromNumber(number).orElseThrow();
            List<Insurer> trades = new ArrayList<>();
            for (int t = 0; t < KOKUHO_TRADES.size(); t++) {
                trades.add(add(p.code() + "3" + String.format("%02d", t + 1),
                        p.label() + KOKUHO_TRADES.get(t) + "国民健康保険組合", InsurerKind.KOKUHO_KUMIAI, p));
            }
            kokuhoKumiai.put(p, List.copyOf(trades));
        }
    }

    private void addKokiKorei(List<Municipality> municipalities) {
        Map<Prefecture, Integer> seen = new EnumMap<>(Prefecture.class);
        for (Municipality m : municipalities) {
            int nth = seen.merge(m.prefecture(), 1, Integer::sum);
            kokiKorei.put(m, add("39" + m.prefecture().code() + "1" + String.format("%02d", nth),
                    m.prefecture().label() + "後期高齢者医療広域連合", InsurerKind.KOKI_KOREI, m.prefecture()));
        }
    }

    private Insurer add(String body, String name, InsurerKind kind, Prefecture prefecture) {
        Insurer insurer = new Insurer(all.size(), CheckDigit.append(body), name, kind, prefecture);
        all.add(insurer);
        return insurer;
    }

    /** 東京都 → 東京 as in 全国健康保険協会東京支部; 北海道 keeps its 道. */
    private static String shortName(Prefecture p) {
        return p == Prefecture.HOKKAIDO ? p.label() : p.label().substring(0, p.label().length() - 1);
    }
}
