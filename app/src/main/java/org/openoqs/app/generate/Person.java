package org.openoqs.app.generate;

import org.openoqs.core.code.Sex;
import java.time.LocalDate;
import org.openoqs.core.text.KanaWidth;

/** A generated person: identity, name and birth date. Insurance comes separately (a person may have two rows). */
public record Person(String key, NamePool.NamePart family, NamePool.NamePart given, Sex sex, LocalDate birthdate) {

    /** 氏名 as OQS shows it: full-width, family and given name separated by a full-width space. */
    public String name() {
        return family.kanji() + "\u3000" + given.kanji();
    }

    /** 氏名カナ: half-width katakana with a half-width space, e.g. ｼﾝﾘｮｳ ﾀﾛｳ (oqs-interface §2.2). */
    public String nameKana() {
        return KanaWidth.toHalfWidth(family.kana() + "\u3000" + given.kana());
    }
}
