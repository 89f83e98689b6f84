package org.openoqs.app.generate.medical;

import static org.openoqs.app.generate.medical.CatalogDrug.Dosing.AS_NEEDED;
import static org.openoqs.app.generate.medical.CatalogDrug.Dosing.DAILY;
import static org.openoqs.app.generate.medical.CatalogDrug.Dosing.TOPICAL;
import static org.openoqs.app.generate.medical.CatalogDrug.Dosing.WEEKLY;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * About forty drugs commonly prescribed in Japan — the usual 一般名 products for hypertension, dyslipidaemia,
 * diabetes, the stomach, sleep, bones, the prostate, gout, anticoagulation, allergies, colds, infections and pain,
 * plus a few paediatric powders — each with a usual 用法 and quantity. Looked up by a short key.
 */
public final class DrugCatalog {
    private static final Map<String, CatalogDrug> DRUGS = new LinkedHashMap<>();

    static {
        // Chronic
        add("amlodipine", "2171022F1020", "アムロジピン錠5mg", "アムロジピンベシル酸塩", "錠", DAILY, "1", "1日1回朝食後", null);
        add("olmesartan", "2149044F2026", "オルメサルタン錠20mg", "オルメサルタン メドキソミル", "錠", DAILY, "1", "1日1回朝食後", null);
        add("telmisartan", "2149042F1031", "テルミサルタン錠40mg", "テルミサルタン", "錠", DAILY, "1", "1日1回朝食後", null);
        add("candesartan", "2149040F2045", "カンデサルタン錠8mg", "カンデサルタン シレキセチル", "錠", DAILY, "1", "1日1回朝食後", null);
        add("atorvastatin", "2189015F1027", "アトルバスタチン錠10mg", "アトルバスタチンカルシウム水和物", "錠", DAILY, "1", "1日1回夕食後", null);
        add("rosuvastatin", "2189017F1030", "ロスバスタチン錠2.5mg", "ロスバスタチンカルシウム", "錠", DAILY, "1", "1日1回夕食後", null);
        add("ezetimibe", "2189018F1025", "エゼチミブ錠10mg", "エゼチミブ", "錠", DAILY, "1", "1日1回朝食後", null);
        add("metformin", "3962002F1030", "メトホルミン塩酸塩錠250mg", "メトホルミン塩酸塩", "錠", DAILY, "3", "1日3回毎食後", null);
        add("sitagliptin", "3969010F1024", "シタグリプチン錠50mg", "シタグリプチンリン酸塩水和物", "錠", DAILY, "1", "1日1回朝食後", null);
        add("dapagliflozin", "3969019F1029", "ダパグリフロジン錠5mg", "ダパグリフロジンプロピレングリコール水和物", "錠", DAILY, "1", "1日1回朝食後", null);
        add("lansoprazole", "2329023F2021", "ランソプラゾールOD錠15mg", "ランソプラゾール", "錠", DAILY, "1", "1日1回朝食後", null);
        add("famotidine", "2325003F2037", "ファモチジン錠20mg", "ファモチジン", "錠", DAILY, "2", "1日2回朝食後・就寝前", null);
        add("zolpidem", "1129009F1033", "ゾルピデム酒石酸塩錠5mg", "ゾルピデム酒石酸塩", "錠", DAILY, "1", "1日1回就寝前", null);
        add("brotizolam", "1124009F2026", "ブロチゾラムOD錠0.25mg", "ブロチゾラム", "錠", DAILY, "1", "1日1回就寝前", null);
        add("alendronate", "3999018F2024", "アレンドロン酸錠35mg", "アレンドロン酸ナトリウム水和物", "錠", WEEKLY, "1", "週1回起床時",
                "服用後30分は横にならないこと");
        add("eldecalcitol", "3112004M1028", "エルデカルシトールカプセル0.75μg", "エルデカルシトール", "カプセル", DAILY, "1", "1日1回朝食後", null);
        add("tamsulosin", "2590008F2023", "タムスロシン塩酸塩OD錠0.2mg", "タムスロシン塩酸塩", "錠", DAILY, "1", "1日1回朝食後", null);
        add("magnesium", "2344009F1025", "酸化マグネシウム錠330mg", "酸化マグネシウム", "錠", DAILY, "3", "1日3回毎食後", null);
        add("febuxostat", "3949003F2020", "フェブキソスタット錠20mg", "フェブキソスタット", "錠", DAILY, "1", "1日1回朝食後", null);
        add("edoxaban", "3339002F2027", "エドキサバン錠30mg", "エドキサバントシル酸塩水和物", "錠", DAILY, "1", "1日1回朝食後", null);
        add("aspirin", "3399007H1021", "アスピリン腸溶錠100mg", "アスピリン", "錠", DAILY, "1", "1日1回朝食後", null);
        add("montelukast", "4490026F1024", "モンテルカスト錠10mg", "モンテルカストナトリウム", "錠", DAILY, "1", "1日1回就寝前", null);
        // Allergies
        add("fexofenadine", "4490023F1025", "フェキソフェナジン塩酸塩錠60mg", "フェキソフェナジン塩酸塩", "錠", DAILY, "2", "1日2回朝夕食後", null);
        add("olopatadine", "4490025F1038", "オロパタジン塩酸塩錠5mg", "オロパタジン塩酸塩", "錠", DAILY, "2", "1日2回朝食後・就寝前", null);
        add("bilastine", "4490030F1022", "ビラスチン錠20mg", "ビラスチン", "錠", DAILY, "1", "1日1回空腹時", null);
        // Colds, infections, pain, stomach
        add("acetaminophen", "1141007F1063", "アセトアミノフェン錠200mg", "アセトアミノフェン", "錠", AS_NEEDED, "2", "発熱時・疼痛時",
                "6時間以上あけて服用");
        add("carbocisteine", "2233002F1026", "カルボシステイン錠500mg", "L-カルボシステイン", "錠", DAILY, "3", "1日3回毎食後", null);
        add("dextromethorphan", "2223001F1042", "デキストロメトルファン臭化水素酸塩錠15mg", "デキストロメトルファン臭化水素酸塩水和物",
                "錠", DAILY, "6", "1日3回毎食後", null);
        add("tranexamic", "3327002F1032", "トラネキサム酸錠250mg", "トラネキサム酸", "錠", DAILY, "3", "1日3回毎食後", null);
        add("amoxicillin", "6131001M1021", "アモキシシリンカプセル250mg", "アモキシシリン水和物", "カプセル", DAILY, "3", "1日3回毎食後", null);
        add("clarithromycin", "6149003F1020", "クラリスロマイシン錠200mg", "クラリスロマイシン", "錠", DAILY, "2", "1日2回朝夕食後", null);
        add("levofloxacin", "6241013F1029", "レボフロキサシン錠500mg", "レボフロキサシン水和物", "錠", DAILY, "1", "1日1回朝食後", null);
        add("cefcapene", "6132016F1024", "セフカペンピボキシル塩酸塩錠100mg", "セフカペン ピボキシル塩酸塩水和物", "錠", DAILY, "3",
                "1日3回毎食後", null);
        add("loxoprofen", "1149019F1020", "ロキソプロフェンNa錠60mg", "ロキソプロフェンナトリウム水和物", "錠", DAILY, "3", "1日3回毎食後", null);
        add("loxoprofenPrn", "1149019F1020", "ロキソプロフェンNa錠60mg", "ロキソプロフェンナトリウム水和物", "錠", AS_NEEDED, "1", "疼痛時",
                "1日3回まで");
        add("rebamipide", "2329021F1028", "レバミピド錠100mg", "レバミピド", "錠", DAILY, "3", "1日3回毎食後", null);
        add("celecoxib", "1149037F1023", "セレコキシブ錠100mg", "セレコキシブ", "錠", DAILY, "2", "1日2回朝夕食後", null);
        add("loxoprofenTape", "2649735S1026", "ロキソプロフェンNaテープ100mg", "ロキソプロフェンナトリウム水和物", "枚", TOPICAL, "14",
                "1日1回 患部に貼付", null);
        add("domperidone", "2399005F1031", "ドンペリドン錠10mg", "ドンペリドン", "錠", DAILY, "3", "1日3回毎食前", null);
        add("butyrate", "2316004F1024", "酪酸菌錠20mg", "酪酸菌（宮入菌）", "錠", DAILY, "3", "1日3回毎食後", null);
        add("heparinoid", "3339950N1026", "ヘパリン類似物質油性クリーム0.3%", "ヘパリン類似物質", "g", TOPICAL, "50",
                "1日2回 患部に塗布", null);
        add("betamethasone", "2647713M1030", "ベタメタゾン吉草酸エステル軟膏0.12%", "ベタメタゾン吉草酸エステル", "g", TOPICAL, "10",
                "1日2回 患部に塗布", "顔には使用しないこと");
        // Children
        add("acetaminophenPowder", "1141007C1075", "アセトアミノフェン細粒20%", "アセトアミノフェン", "g", AS_NEEDED, "0.5",
                "発熱時", "6時間以上あけて服用");
        add("carbocisteineSyrup", "2233002R2029", "カルボシステインDS50%", "L-カルボシステイン", "g", DAILY, "1.2", "1日3回毎食後", null);
        add("amoxicillinPowder", "6131001C1023", "アモキシシリン細粒10%", "アモキシシリン水和物", "g", DAILY, "1.5", "1日3回毎食後", null);
        add("tulobuterolTape", "2259707S1023", "ツロブテロールテープ1mg", "ツロブテロール", "枚", TOPICAL, "7", "1日1回 胸部に貼付", null);
    }

    private DrugCatalog() {}

    private static void add(String key, String code, String name, String ingredient, String unit, CatalogDrug.Dosing dosing,
                            String quantity, String usage, String instruction) {
        DRUGS.put(key, new CatalogDrug(code, name, ingredient, unit, dosing, quantity, usage, instruction));
    }

    /** The drug under {@code key}; an unknown key is a programming error. */
    public static CatalogDrug get(String key) {
        CatalogDrug drug = DRUGS.get(key);
        if (drug == null) throw new IllegalArgumentException("no drug " + key + " in the catalogue");
        return drug;
    }

    public static Collection<CatalogDrug> all() {
        return DRUGS.values();
    }
}
