package org.openoqs.app.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.openoqs.core.code.Prefecture;

/**
 * Municipalities in every prefecture with their JIS local codes, postcode prefixes and rough populations, and
 * plausible street addresses (町名 + 丁目番号) and 7-digit postcodes inside them. Municipalities are drawn by
 * population so the generated people cluster in cities the way the real population does.
 */
public final class AddressPool {

    /** prefecture number, name, JIS local code, postcode prefix, population in thousands. */
    private static final String TABLE = """
            1 札幌市 100 060 1970|1 旭川市 204 070 320|1 函館市 202 040 240|1 釧路市 206 085 160
            2 青森市 201 030 270|2 八戸市 203 031 220|2 弘前市 202 036 160
            3 盛岡市 201 020 280|3 一関市 209 021 110|3 奥州市 215 023 110
            4 仙台市 100 980 1090|4 石巻市 202 986 140|4 大崎市 215 989 125
            5 秋田市 201 010 300|5 横手市 203 013 85|5 大仙市 212 014 75
            6 山形市 201 990 240|6 鶴岡市 203 997 120|6 酒田市 204 998 98
            7 福島市 201 960 270|7 郡山市 203 963 320|7 いわき市 204 970 310
            8 水戸市 201 310 270|8 つくば市 220 305 250|8 日立市 202 317 170
            9 宇都宮市 201 320 520|9 小山市 208 323 165|9 足利市 202 326 145
            10 前橋市 201 371 330|10 高崎市 202 370 370|10 太田市 205 373 220
            11 さいたま市 100 330 1340|11 川口市 203 332 600|11 川越市 201 350 350|11 所沢市 208 359 340
            12 千葉市 100 260 980|12 船橋市 204 273 640|12 松戸市 207 270 500|12 柏市 217 277 430
            13 千代田区 101 100 67|13 中央区 102 104 170|13 港区 103 105 260|13 新宿区 104 160 350
            13 大田区 111 144 730|13 世田谷区 112 154 940|13 練馬区 120 176 740|13 足立区 121 120 690
            13 江戸川区 123 132 690|13 八王子市 201 192 560|13 町田市 209 194 430
            14 横浜市 100 231 3770|14 川崎市 130 210 1540|14 相模原市 150 252 720|14 藤沢市 205 251 440
            14 横須賀市 201 238 390
            15 新潟市 100 950 780|15 長岡市 202 940 265|15 上越市 222 943 190
            16 富山市 201 930 410|16 高岡市 202 933 170
            17 金沢市 201 920 460|17 小松市 203 923 105|17 白山市 210 924 110
            18 福井市 201 910 260|18 坂井市 210 919 90
            19 甲府市 201 400 185|19 甲斐市 210 400 75
            20 長野市 201 380 370|20 松本市 202 390 240|20 上田市 203 386 155
            21 岐阜市 201 500 400|21 大垣市 202 503 160|21 各務原市 213 504 145
            22 静岡市 100 420 690|22 浜松市 130 430 790|22 沼津市 203 410 190|22 富士市 210 416 250
            23 名古屋市 100 460 2330|23 豊橋市 201 440 370|23 岡崎市 202 444 385|23 一宮市 203 491 380
            23 豊田市 211 471 420
            24 津市 201 514 275|24 四日市市 202 510 310|24 鈴鹿市 207 513 195
            25 大津市 201 520 345|25 草津市 206 525 140
            26 京都市 100 600 1460|26 宇治市 204 611 180
            27 大阪市 100 530 2750|27 堺市 140 590 820|27 豊中市 203 560 400|27 枚方市 210 573 400
            27 東大阪市 227 577 480
            28 神戸市 100 650 1520|28 姫路市 201 670 530|28 尼崎市 202 660 460|28 西宮市 204 662 480
            29 奈良市 201 630 350|29 橿原市 205 634 120
            30 和歌山市 201 640 360|30 田辺市 206 646 70
            31 鳥取市 201 680 185|31 米子市 202 683 145
            32 松江市 201 690 200|32 出雲市 203 693 170
            33 岡山市 100 700 720|33 倉敷市 202 710 480
            34 広島市 100 730 1190|34 呉市 202 737 210|34 福山市 207 720 460
            35 下関市 201 750 250|35 宇部市 202 755 160|35 山口市 203 753 190
            36 徳島市 201 770 250|36 阿南市 204 774 70
            37 高松市 201 760 420|37 丸亀市 202 763 110
            38 松山市 201 790 505|38 今治市 202 794 150
            39 高知市 201 780 320|39 南国市 204 783 45
            40 北九州市 100 802 930|40 福岡市 130 810 1610|40 久留米市 203 830 300
            41 佐賀市 201 840 230|41 唐津市 202 847 120
            42 長崎市 201 850 400|42 佐世保市 202 857 240
            43 熊本市 100 860 740|43 八代市 202 866 125
            44 大分市 201 870 475|44 別府市 202 874 115
            45 宮崎市 201 880 400|45 都城市 202 885 160
            46 鹿児島市 201 890 590|46 霧島市 218 899 125
            47 那覇市 201 900 320|47 沖縄市 211 904 140|47 うるま市 213 904 125
            """;

    /** Common 町名 found in many Japanese towns, so any of them is plausible anywhere. */
    private static final List<String> TOWNS = List.of(
            "本町", "中央", "栄町", "緑町", "旭町", "幸町", "元町", "南町", "東町", "西町", "北町", "新町", "錦町",
            "桜町", "若葉", "松原", "青葉台", "日の出町", "宮前", "大手町", "寿町", "昭和町", "曙町", "末広町",
            "住吉町", "八幡町", "富士見", "泉町", "朝日町", "高砂町", "花園", "千歳町", "港町", "平和町", "明神町");

    private static final String FULL_WIDTH_DIGITS = "０１２３４５６７８９";

    private final List<Municipality> municipalities = parse(TABLE);
    private final long[] cumulativePopulation = cumulative(municipalities);

    /** A street address and its postcode. */
    public record Address(String text, String postNumber) {}

    /** Every municipality, in table order (grouped by prefecture). */
    public List<Municipality> municipalities() { return municipalities; }

    /** A municipality drawn with probability proportional to its population. */
    public Municipality pickMunicipality(SplittableRandom random) {
        long ticket = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
        int i = 0;
        while (cumulativePopulation[i] <= ticket) i++;
        return municipalities.get(i);
    }

    /**
     * An address such as 東京都千代田区栄町２丁目３番４号 with postcode 100-0123. Digits in the address are full-width
     * like the rest of the Japanese text; the postcode keeps ASCII digits and the hyphen OQS shows (oqs-interface §2.2).
     */
    public Address address(Municipality municipality, SplittableRandom random) {
        String town = TOWNS.get(random.nextInt(TOWNS.size()));
        String street = fullWidth(1 + random.nextInt(5)) + "丁目" + fullWidth(1 + random.nextInt(30)) + "番"
                + fullWidth(1 + random.nextInt(25)) + "号";
        String text = municipality.prefecture().label() + municipality.name() + town + street;
        String postNumber = municipality.postcodePrefix() + "-" + String.format("%04d", 1 + random.nextInt(899));
        return new Address(text, postNumber);
    }

    private static String fullWidth(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) out.append(FULL_WIDTH_DIGITS.charAt(c - '0'));
        return out.toString();
    }

    private static List<Municipality> parse(String table) {
        return table.lines()
                .flatMap(line -> java.util.Arrays.stream(line.split("\\|")))
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .map(AddressPool::parseEntry)
                .toList();
    }

    private static Municipality parseEntry(String entry) {
        String[] f = entry.split(" ");
        Prefecture prefecture = Prefecture.fromNumber(Integer.parseInt(f[0])).orElseThrow();
        return new Municipality(prefecture, f[1], f[2], f[3], Integer.parseInt(f[4]));
    }

    private static long[] cumulative(List<Municipality> list) {
        long[] sums = new long[list.size()];
        long total = 0;
        for (int i = 0; i < list.size(); i++) sums[i] = total += list.get(i).population();
        return sums;
    }
}
