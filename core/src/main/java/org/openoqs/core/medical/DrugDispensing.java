package org.openoqs.core.medical;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.openoqs.core.number.MedicalInstitutionCode;

/**
 * One drug of one dispensing (調剤) or in-house prescription as derived from claims: the unit of 薬剤情報. Fields are
 * named after the YZK result elements (reference oqs-interface §2.7): {@code DiDate} 調剤日/診療日,
 * {@code MeTrMonth} 診療年月 (the month of DiDate), {@code MeTrDiHCd}/{@code MeTrDiHNm} the institution or pharmacy
 * that dispensed, {@code InOut} 院内・院外, {@code DrugC}/{@code DrugN}/{@code IngreN} code, name and 一般名,
 * {@code Qua1} 数量 (per day for 内服, in total for 外用 [I]), {@code Unit}, {@code UsageN} 用法, {@code Times} 日数 or 回数,
 * {@code SpInst} 特別指示, {@code PrDate} 処方日.
 *
 * <p>{@code seq} tells apart the lines of one person, day and institution that carry the same drug (the same drug
 * prescribed twice with different 用法): it is the line's occurrence number, counted from 1, among such lines of one
 * intake file. It is part of {@link #key()} and never shown to institutions.
 */
public record DrugDispensing(
        String personKey,
        LocalDate diDate,
        YearMonth meTrMonth,
        MedicalInstitutionCode meTrDiHCd,
        String meTrDiHNm,
        InOut inOut,
        DrugCode drugC,
        String drugN,
        String ingreN,
        BigDecimal qua1,
        String unit,
        String usageN,
        int times,
        String spInst,
        LocalDate prDate,
        int seq) {

    public DrugDispensing {
        Objects.requireNonNull(personKey, "personKey");
        Objects.requireNonNull(diDate, "diDate");
        Objects.requireNonNull(meTrDiHCd, "meTrDiHCd");
        Objects.requireNonNull(drugC, "drugC");
        Objects.requireNonNull(qua1, "qua1");
        meTrMonth = meTrMonth == null ? YearMonth.from(diDate) : meTrMonth;
        qua1 = Decimals.canonical(qua1);
        if (seq < 1) throw new IllegalArgumentException("seq counts from 1: " + seq);
    }

    /** The identity of a line across intakes: re-sending it updates or confirms the stored line. */
    public record Key(String personKey, LocalDate diDate, MedicalInstitutionCode meTrDiHCd, DrugCode drugC, int seq) {}

    public Key key() {
        return new Key(personKey, diDate, meTrDiHCd, drugC, seq);
    }

    /** The same line as the {@code seq}-th of its kind. */
    public DrugDispensing withSeq(int seq) {
        return new DrugDispensing(personKey, diDate, meTrMonth, meTrDiHCd, meTrDiHNm, inOut, drugC, drugN, ingreN, qua1,
                unit, usageN, times, spInst, prDate, seq);
    }
}
