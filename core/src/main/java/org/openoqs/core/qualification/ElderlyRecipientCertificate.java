package org.openoqs.core.qualification;

import java.time.LocalDate;

/** 高齢受給者証情報 (ages 70–74): issue date, validity and 負担割合 as a 3-digit percentage ({@code 020} = 2割). */
public record ElderlyRecipientCertificate(LocalDate certificateDate, LocalDate validStartDate, LocalDate validEndDate,
                                          String contributionRatio) {
}
