package org.openoqs.core.identity;

import java.time.LocalDate;
import java.util.Objects;
import org.openoqs.core.code.Sex;

/**
 * 基本4情報: 氏名, 生年月日, 性別, 住所 — the identity facts that 住民基本台帳 and the My Number card hold and that an
 * insurer's record must agree with before a card is linked to a person ({@link BasicFourFactsMatcher}).
 */
public record BasicFourFacts(String name, LocalDate birthdate, Sex sex, String address) {
    public BasicFourFacts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthdate, "birthdate");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(address, "address");
    }
}
