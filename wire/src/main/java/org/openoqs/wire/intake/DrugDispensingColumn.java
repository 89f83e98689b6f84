package org.openoqs.wire.intake;

/**
 * The columns of {@code drug-dispensings.csv}, the 薬剤情報 intake (one row per drug per dispensing date). Names are
 * the YZK result elements (reference oqs-interface §2.7), so the file reads like the answer an institution gets.
 * Optional columns may be absent; columns may come in any order.
 */
public enum DrugDispensingColumn implements IntakeColumn {
    PersonKey(true), DiDate(true), MeTrMonth(false), MeTrDiHCd(true), MeTrDiHNm(true), InOut(true), DrugC(true),
    DrugN(true), IngreN(false), Qua1(true), Unit(true), UsageN(true), Times(true), SpInst(false), PrDate(false);

    private final boolean required;

    DrugDispensingColumn(boolean required) {
        this.required = required;
    }

    @Override
    public boolean required() { return required; }
}
