package org.openoqs.core.adoption;

import java.util.List;
import java.util.Random;
import org.openoqs.core.institution.InstitutionType;

/**
 * Synthetic institution names in the usual patterns (〇〇内科クリニック, 〇〇歯科医院, 〇〇薬局 …), built from common
 * surnames and place words. They only look real; a generated name never identifies an actual institution, and the
 * same name may recur (as it does in reality: there are many さくら薬局).
 */
final class InstitutionNames {
    private static final List<String> WORDS = List.of("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村",
            "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森",
            "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤",
            "近藤", "村上", "遠藤", "青木", "坂本", "さくら", "ひまわり", "あおば", "みどり", "こばやし", "駅前", "中央",
            "本町", "緑ヶ丘", "桜台", "朝日", "若葉", "富士見", "東町", "西町", "南町", "北町", "城山", "白樺", "青葉台");
    private static final List<String> HOSPITAL = List.of("%s病院", "%s中央病院", "%s記念病院", "医療法人%s会%s病院", "%s総合病院");
    private static final List<String> MEDICAL = List.of("%s内科クリニック", "%s医院", "%s内科医院", "%s整形外科",
            "%s小児科クリニック", "%s眼科", "%s皮膚科クリニック", "%s耳鼻咽喉科", "%sクリニック", "%s診療所", "%s外科胃腸科");
    private static final List<String> DENTAL = List.of("%s歯科医院", "%s歯科クリニック", "%sデンタルクリニック", "%s歯科");
    private static final List<String> PHARMACY = List.of("%s薬局", "%s調剤薬局", "%sファーマシー", "%s薬局%s店");

    private InstitutionNames() {}

    static String next(Random random, InstitutionType type) {
        List<String> patterns = switch (type) {
            case HOSPITAL -> HOSPITAL;
            case MEDICAL_CLINIC -> MEDICAL;
            case DENTAL_CLINIC -> DENTAL;
            case PHARMACY -> PHARMACY;
        };
        String pattern = patterns.get(random.nextInt(patterns.size()));
        return String.format(pattern, word(random), word(random));
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
