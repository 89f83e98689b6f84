package org.openoqs.app.generate;

import org.openoqs.core.code.Sex;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Japanese family and given names in kanji with their katakana readings. Family names are drawn with a rank-based
 * weight (佐藤 and 鈴木 are much more common than 篠原); given names depend on sex and on the generation, because
 * a woman born in 1940 is far more likely to be 和子 than 陽葵.
 */
public final class NamePool {

    /** A name in kanji (Name) with its reading in full-width katakana. */
    public record NamePart(String kanji, String kana) {}

    private static final List<NamePart> FAMILY = parse("""
            佐藤 サトウ 鈴木 スズキ 高橋 タカハシ 田中 タナカ 伊藤 イトウ 渡辺 ワタナベ 山本 ヤマモト 中村 ナカムラ
            小林 コバヤシ 加藤 カトウ 吉田 ヨシダ 山田 ヤマダ 佐々木 ササキ 山口 ヤマグチ 松本 マツモト 井上 イノウエ
            木村 キムラ 林 ハヤシ 斎藤 サイトウ 清水 シミズ 山崎 ヤマザキ 森 モリ 池田 イケダ 橋本 ハシモト 阿部 アベ
            石川 イシカワ 山下 ヤマシタ 中島 ナカジマ 石井 イシイ 小川 オガワ 前田 マエダ 岡田 オカダ 長谷川 ハセガワ
            藤田 フジタ 後藤 ゴトウ 近藤 コンドウ 村上 ムラカミ 遠藤 エンドウ 青木 アオキ 坂本 サカモト 斉藤 サイトウ
            福田 フクダ 太田 オオタ 西村 ニシムラ 藤井 フジイ 金子 カネコ 岡本 オカモト 藤原 フジワラ 中野 ナカノ
            三浦 ミウラ 原田 ハラダ 中川 ナカガワ 松田 マツダ 竹内 タケウチ 小野 オノ 田村 タムラ 中山 ナカヤマ
            和田 ワダ 石田 イシダ 森田 モリタ 上田 ウエダ 原 ハラ 内田 ウチダ 柴田 シバタ 酒井 サカイ 宮崎 ミヤザキ
            横山 ヨコヤマ 高木 タカギ 安藤 アンドウ 宮本 ミヤモト 大野 オオノ 小島 コジマ 谷口 タニグチ 今井 イマイ
            工藤 クドウ 高田 タカダ 増田 マスダ 丸山 マルヤマ 杉山 スギヤマ 村田 ムラタ 大塚 オオツカ 新井 アライ
            小山 コヤマ 平野 ヒラノ 藤本 フジモト 河野 コウノ 上野 ウエノ 野口 ノグチ 武田 タケダ 松井 マツイ
            千葉 チバ 岩崎 イワサキ 菅原 スガワラ 木下 キノシタ 久保 クボ 佐野 サノ 野村 ノムラ 松尾 マツオ
            市川 イチカワ 菊地 キクチ 杉本 スギモト 古川 フルカワ 大西 オオニシ 島田 シマダ 水野 ミズノ 桜井 サクライ
            高野 タカノ 吉川 ヨシカワ 山内 ヤマウチ 西田 ニシダ 飯田 イイダ 西川 ニシカワ 小松 コマツ 北村 キタムラ
            安田 ヤスダ 五十嵐 イガラシ 川口 カワグチ 平田 ヒラタ 関 セキ 中田 ナカタ 久保田 クボタ 服部 ハットリ
            東 ヒガシ 岩田 イワタ 土屋 ツチヤ 川崎 カワサキ 福島 フクシマ 本田 ホンダ 辻 ツジ 樋口 ヒグチ
            秋山 アキヤマ 田口 タグチ 永井 ナガイ 山中 ヤマナカ 中西 ナカニシ 吉村 ヨシムラ 川上 カワカミ
            石原 イシハラ 大橋 オオハシ 松岡 マツオカ 馬場 ババ 浅野 アサノ 荒木 アラキ 大久保 オオクボ 野田 ノダ
            田辺 タナベ 川村 カワムラ 星野 ホシノ 黒田 クロダ 堀 ホリ 尾崎 オザキ 望月 モチヅキ 永田 ナガタ
            熊谷 クマガイ 内藤 ナイトウ 松村 マツムラ 西山 ニシヤマ 大谷 オオタニ 平井 ヒライ 大島 オオシマ
            岩本 イワモト 片山 カタヤマ 本間 ホンマ 早川 ハヤカワ 横田 ヨコタ 岡崎 オカザキ 荒井 アライ 大石 オオイシ
            鎌田 カマタ 成田 ナリタ 宮田 ミヤタ 小田 オダ 石橋 イシバシ 篠原 シノハラ 須藤 スドウ 河合 カワイ
            """);

    private static final List<NamePart> MALE_BORN_BEFORE_1960 = parse("""
            清 キヨシ 茂 シゲル 博 ヒロシ 実 ミノル 勇 イサム 進 ススム 勝 マサル 正 タダシ 隆 タカシ 明 アキラ
            修 オサム 和夫 カズオ 正夫 マサオ 三郎 サブロウ 一郎 イチロウ 誠 マコト 武 タケシ 豊 ユタカ 幸雄 ユキオ
            義男 ヨシオ 健一 ケンイチ 忠 タダシ 昭 アキラ 光男 ミツオ 秀夫 ヒデオ 弘 ヒロシ 稔 ミノル 次郎 ジロウ
            """);
    private static final List<NamePart> MALE_BORN_1960_TO_1989 = parse("""
            誠 マコト 大輔 ダイスケ 健太 ケンタ 拓也 タクヤ 直樹 ナオキ 和也 カズヤ 達也 タツヤ 哲也 テツヤ 浩 ヒロシ
            健 ケン 剛 ツヨシ 学 マナブ 智 サトシ 亮 リョウ 翔太 ショウタ 大介 ダイスケ 隆之 タカユキ 秀樹 ヒデキ
            雅人 マサト 淳 ジュン 聡 サトシ 裕介 ユウスケ 洋平 ヨウヘイ 康弘 ヤスヒロ 貴之 タカユキ 英樹 ヒデキ
            """);
    private static final List<NamePart> MALE_BORN_1990_ON = parse("""
            蓮 レン 陽翔 ハルト 湊 ミナト 大翔 ヒロト 悠真 ユウマ 蒼 アオイ 樹 イツキ 陽太 ヒナタ 颯太 ソウタ
            悠人 ユウト 翔 ショウ 大和 ヤマト 律 リツ 朝陽 アサヒ 拓海 タクミ 翼 ツバサ 海斗 カイト 颯 ハヤテ
            蒼空 ソラ 結翔 ユイト 奏太 カナタ 駿 シュン 悠斗 ユウト 陸 リク 大雅 タイガ
            """);
    private static final List<NamePart> FEMALE_BORN_BEFORE_1960 = parse("""
            和子 カズコ 幸子 サチコ 節子 セツコ 洋子 ヨウコ 恵子 ケイコ 京子 キョウコ 久子 ヒサコ 美代子 ミヨコ
            弘子 ヒロコ 文子 フミコ 悦子 エツコ 信子 ノブコ 和枝 カズエ 静江 シズエ 久美子 クミコ 千代 チヨ
            花子 ハナコ ハル ハル 照子 テルコ 美智子 ミチコ 敏子 トシコ 正子 マサコ 勝子 カツコ 登美子 トミコ
            """);
    private static final List<NamePart> FEMALE_BORN_1960_TO_1989 = parse("""
            裕子 ユウコ 真由美 マユミ 智子 トモコ 陽子 ヨウコ 直美 ナオミ 恵 メグミ 美穂 ミホ 愛 アイ 彩 アヤ
            麻衣 マイ 由美子 ユミコ 明美 アケミ 香織 カオリ 美紀 ミキ 純子 ジュンコ 尚子 ナオコ 千尋 チヒロ 舞 マイ
            亜希子 アキコ 沙織 サオリ 優子 ユウコ 綾 アヤ 瞳 ヒトミ 恵美 エミ 久美子 クミコ
            """);
    private static final List<NamePart> FEMALE_BORN_1990_ON = parse("""
            陽葵 ヒマリ 凛 リン 結菜 ユイナ 葵 アオイ 紬 ツムギ 芽依 メイ 咲良 サクラ 美桜 ミオ 結愛 ユア 莉子 リコ
            杏 アン 澪 ミオ 楓 カエデ 心春 コハル 陽菜 ヒナ 美咲 ミサキ 彩花 アヤカ 七海 ナナミ 優奈 ユウナ
            花音 カノン さくら サクラ 真央 マオ 愛莉 アイリ 詩 ウタ 琴音 コトネ
            """);

    /** A family name; the i-th most common name has weight 1/(i+10), a flattened Zipf curve. */
    public NamePart familyName(SplittableRandom random) {
        // Sampling by rejection keeps the weight curve without a cumulative table: accept index i with p=10/(i+10).
        while (true) {
            int i = random.nextInt(FAMILY.size());
            if (random.nextDouble() * (i + 10) < 10) return FAMILY.get(i);
        }
    }

    /** A given name usual for someone of this sex born in this year. */
    public NamePart givenName(Sex sex, int birthYear, SplittableRandom random) {
        List<NamePart> names = givenNames(sex, birthYear);
        return names.get(random.nextInt(names.size()));
    }

    /** Every family name, most common first. */
    public List<NamePart> familyNames() { return FAMILY; }

    /** The given names the pool uses for this sex and birth year. */
    public List<NamePart> givenNames(Sex sex, int birthYear) {
        if (birthYear < 1960) return sex == Sex.MALE ? MALE_BORN_BEFORE_1960 : FEMALE_BORN_BEFORE_1960;
        if (birthYear < 1990) return sex == Sex.MALE ? MALE_BORN_1960_TO_1989 : FEMALE_BORN_1960_TO_1989;
        return sex == Sex.MALE ? MALE_BORN_1990_ON : FEMALE_BORN_1990_ON;
    }

    private static List<NamePart> parse(String pairs) {
        String[] tokens = pairs.trim().split("\\s+");
        if (tokens.length % 2 != 0) throw new IllegalStateException("unpaired name in pool");
        NamePart[] parts = new NamePart[tokens.length / 2];
        for (int i = 0; i < parts.length; i++) parts[i] = new NamePart(tokens[2 * i], tokens[2 * i + 1]);
        return List.of(parts);
    }
}
