package org.openoqs.app.generate.medical;

/**
 * The standard 特定健診 items the generator writes, with JLAC10-style item codes as the 特定健診 XML item table uses
 * them. The codes and the OID of the urine-test value table are OpenOQS's reading [I], not checked against the
 * official table.
 */
enum CheckupItem {
    HEIGHT("9N001000000000001", "身長", "PQ", "cm", null),
    WEIGHT("9N006000000000001", "体重", "PQ", "kg", null),
    BMI("9N011000000000001", "BMI", "PQ", "kg/m2", null),
    WAIST("9N016160100000001", "腹囲（実測）", "PQ", "cm", null),
    SYSTOLIC("9A751000000000001", "収縮期血圧（その他）", "PQ", "mmHg", null),
    DIASTOLIC("9A761000000000001", "拡張期血圧（その他）", "PQ", "mmHg", null),
    TRIGLYCERIDE("3F015000002327101", "中性脂肪（トリグリセリド）", "PQ", "mg/dL", null),
    HDL("3F070000002327101", "HDLコレステロール", "PQ", "mg/dL", null),
    LDL("3F077000002327101", "LDLコレステロール", "PQ", "mg/dL", null),
    AST("3B035000002327201", "GOT（AST）", "PQ", "U/L", null),
    ALT("3B045000002327201", "GPT（ALT）", "PQ", "U/L", null),
    GGT("3B090000002327101", "γ-GT（γ-GTP）", "PQ", "U/L", null),
    FASTING_GLUCOSE("3D010000001926101", "空腹時血糖", "PQ", "mg/dL", null),
    HBA1C("3D046000001906202", "HbA1c（NGSP値）", "PQ", "%", null),
    URINE_GLUCOSE("1A020000000191111", "尿糖", "CD", null, CheckupItem.URINE_OID),
    URINE_PROTEIN("1A010000000191111", "尿蛋白", "CD", null, CheckupItem.URINE_OID);

    /** Code system of the dipstick grades 1 (－) to 5 (＋＋＋) [I]. */
    static final String URINE_OID = "1.2.392.200119.6.2101";
    /** The dipstick grades by code. */
    static final String[] URINE_GRADES = {"－", "±", "＋", "＋＋", "＋＋＋"};

    private final String code;
    private final String label;
    private final String dataType;
    private final String unit;
    private final String oid;

    CheckupItem(String code, String label, String dataType, String unit, String oid) {
        this.code = code;
        this.label = label;
        this.dataType = dataType;
        this.unit = unit;
        this.oid = oid;
    }

    String code() { return code; }

    String label() { return label; }

    String dataType() { return dataType; }

    String unit() { return unit; }

    String oid() { return oid; }
}
