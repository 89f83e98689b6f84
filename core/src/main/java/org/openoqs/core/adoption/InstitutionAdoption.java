package org.openoqs.core.adoption;

import java.time.LocalDate;
import java.util.Objects;
import org.openoqs.core.InvalidValueException;
import org.openoqs.core.code.Prefecture;
import org.openoqs.core.institution.InstitutionType;
import org.openoqs.core.number.MedicalInstitutionCode;
import org.openoqs.core.number.MedicalInstitutionCode.FeeSchedule;

/**
 * One institution of the adoption registry and the date it reached each {@link AdoptionStage} (null = not reached).
 * The dates are monotone and without gaps: a stage that has a date implies every earlier stage, reached on or
 * before it. {@code mandated} says whether the 2023-04 obligation applies (institutions that still claim on paper are
 * exempt; [C] 213,686 of 229,717 were covered, oqs-rules §5.2).
 *
 * <p>The prefecture must be the code's 都道府県番号 and the type must fit its 点数表番号 (薬局 ⇔ 4, 歯科診療所 ⇔ 3,
 * 医科診療所 ⇔ 1; a 病院 is 1 or 3); field names in errors are the {@code institutions.csv} columns.
 */
public record InstitutionAdoption(MedicalInstitutionCode medicalInstitutionCode, Prefecture prefecture,
                                  InstitutionType institutionType, String institutionName, boolean mandated,
                                  LocalDate cardReaderAppliedOn, LocalDate usageAppliedOn, LocalDate readyOn,
                                  LocalDate operatingOn) {
    public static final int MAX_NAME_LENGTH = 200;

    public InstitutionAdoption {
        Objects.requireNonNull(medicalInstitutionCode, "medicalInstitutionCode");
        Objects.requireNonNull(institutionType, "institutionType");
        if (prefecture != medicalInstitutionCode.prefecture()) {
            throw new InvalidValueException("PrefectureCode", prefecture == null ? null : prefecture.code(),
                    "must be the 都道府県番号 of " + medicalInstitutionCode + " (" + medicalInstitutionCode.prefecture().code() + ")");
        }
        requireTypeFitsCode(medicalInstitutionCode, institutionType);
        if (institutionName == null || institutionName.isBlank()) {
            throw new InvalidValueException("InstitutionName", institutionName, "required");
        }
        institutionName = institutionName.strip();
        if (institutionName.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("InstitutionName", institutionName, "longer than " + MAX_NAME_LENGTH + " characters");
        }
        requireMonotone(new LocalDate[] {cardReaderAppliedOn, usageAppliedOn, readyOn, operatingOn});
    }

    /**
     * The record for milestones known one by one (e.g. from the portal's own records), where a later stage may be
     * known without an earlier one: a missing earlier date becomes the next known date (the institution must have
     * passed it by then), and an earlier date after a later one is pulled back to it.
     */
    public static InstitutionAdoption implied(MedicalInstitutionCode code, InstitutionType type, String name,
                                              boolean mandated, LocalDate cardReaderAppliedOn, LocalDate usageAppliedOn,
                                              LocalDate readyOn, LocalDate operatingOn) {
        LocalDate[] dates = {cardReaderAppliedOn, usageAppliedOn, readyOn, operatingOn};
        LocalDate later = null;
        for (int i = dates.length - 1; i >= 0; i--) {
            if (dates[i] == null || (later != null && dates[i].isAfter(later))) dates[i] = later;
            later = dates[i];
        }
        return new InstitutionAdoption(code, code.prefecture(), type, name, mandated, dates[0], dates[1], dates[2], dates[3]);
    }

    /** The stage reached on {@code date} (a stage dated that day counts as reached). */
    public AdoptionStage stageOn(LocalDate date) {
        if (reached(operatingOn, date)) return AdoptionStage.OPERATING;
        if (reached(readyOn, date)) return AdoptionStage.READY;
        if (reached(usageAppliedOn, date)) return AdoptionStage.USAGE_APPLIED;
        if (reached(cardReaderAppliedOn, date)) return AdoptionStage.CARD_READER_APPLIED;
        return AdoptionStage.NOT_STARTED;
    }

    /** When the stage was reached, or null; {@link AdoptionStage#NOT_STARTED} has no date. */
    public LocalDate reachedOn(AdoptionStage stage) {
        return switch (stage) {
            case NOT_STARTED -> null;
            case CARD_READER_APPLIED -> cardReaderAppliedOn;
            case USAGE_APPLIED -> usageAppliedOn;
            case READY -> readyOn;
            case OPERATING -> operatingOn;
        };
    }

    /**
     * This institution's record combined with another record of the same 医療機関等コード: the earliest date of each
     * stage (the element-wise minimum of two monotone records is monotone). Name, type and mandate stay this record's.
     */
    public InstitutionAdoption mergedWith(InstitutionAdoption other) {
        if (!medicalInstitutionCode.equals(other.medicalInstitutionCode)) {
            throw new IllegalArgumentException("cannot merge " + medicalInstitutionCode + " with " + other.medicalInstitutionCode);
        }
        return new InstitutionAdoption(medicalInstitutionCode, prefecture, institutionType, institutionName, mandated,
                earliest(cardReaderAppliedOn, other.cardReaderAppliedOn), earliest(usageAppliedOn, other.usageAppliedOn),
                earliest(readyOn, other.readyOn), earliest(operatingOn, other.operatingOn));
    }

    private static boolean reached(LocalDate on, LocalDate date) {
        return on != null && !on.isAfter(date);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }

    private static void requireTypeFitsCode(MedicalInstitutionCode code, InstitutionType type) {
        FeeSchedule schedule = code.feeSchedule();
        boolean fits = switch (type) {
            case HOSPITAL -> schedule != FeeSchedule.PHARMACY;
            case MEDICAL_CLINIC -> schedule == FeeSchedule.MEDICAL;
            case DENTAL_CLINIC -> schedule == FeeSchedule.DENTAL;
            case PHARMACY -> schedule == FeeSchedule.PHARMACY;
        };
        if (!fits) {
            throw new InvalidValueException(InstitutionType.FIELD, type.name(), "does not fit the 点数表番号 "
                    + schedule.digit() + " (" + schedule.label() + ") of " + code);
        }
    }

    private static void requireMonotone(LocalDate[] dates) {
        AdoptionStage[] stages = AdoptionStage.milestones();
        for (int i = 1; i < dates.length; i++) {
            if (dates[i] == null) continue;
            if (dates[i - 1] == null) {
                throw new InvalidValueException(CsvColumn.of(stages[i - 1]), null, "required because "
                        + CsvColumn.of(stages[i]) + " is set: every stage implies the earlier ones");
            }
            if (dates[i - 1].isAfter(dates[i])) {
                throw new InvalidValueException(CsvColumn.of(stages[i]), dates[i].toString(), "is before "
                        + CsvColumn.of(stages[i - 1]) + " " + dates[i - 1] + ": stages are reached in order");
            }
        }
    }

    /** The {@code institutions.csv} column that holds each stage's date. */
    static final class CsvColumn {
        private CsvColumn() {}

        static String of(AdoptionStage stage) {
            return switch (stage) {
                case NOT_STARTED -> "Stage";
                case CARD_READER_APPLIED -> "CardReaderAppliedOn";
                case USAGE_APPLIED -> "UsageAppliedOn";
                case READY -> "ReadyOn";
                case OPERATING -> "OperatingOn";
            };
        }
    }
}
