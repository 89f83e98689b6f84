package org.openoqs.terminal.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.openoqs.core.number.MedicalInstitutionCode;

class FaceFileNameTest {

    static final LocalDateTime T = LocalDateTime.of(2026, 9, 29, 16, 1, 12, 999_000_000);

    @Test
    void theObservedShapeWithARandomLowercaseHexId() {
        FaceFileName name = FaceFileName.next(MedicalInstitutionCode.parse("1312345679"), T);
        assertThat(name.fileName()).matches("OQSsiquc01res_face_1312345679[0-9a-f]{20}_20260929160112\\.xml");
        assertThat(FaceFileName.next(MedicalInstitutionCode.parse("1312345679"), T).id()).isNotEqualTo(name.id());
    }

    @Test
    void parsesTheReferenceExampleAndRefusesOtherNames() {
        FaceFileName parsed = FaceFileName.parse("OQSsiquc01res_face_27142063864da5260a16de5a3d3ad7_20260929160112.xml").orElseThrow();
        assertThat(parsed.institutionCode()).isEqualTo("2714206386");
        assertThat(parsed.id()).isEqualTo("4da5260a16de5a3d3ad7");
        assertThat(parsed.time()).isEqualTo(T.withNano(0));
        assertThat(FaceFileName.parse(".OQSsiquc01res_face_27142063864da5260a16de5a3d3ad7_20260929160112.xml.tmp")).isEmpty();
        assertThat(FaceFileName.parse("OQSsiquc01res_face_27142063864da5260a16de5a3d3ad7_20261329160112.xml")).isEmpty();
        assertThat(FaceFileName.parse("OQSsiquc01res_x.xml")).isEmpty();
    }

    @Test
    void refusesBadParts() {
        assertThatThrownBy(() -> new FaceFileName("123", "4da5260a16de5a3d3ad7", T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaceFileName("2714206386", "short", T)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arbitraryFileIdentifiersHaveTheObservedShape() {
        assertThat(ArbitraryFileIdentifiers.next()).matches("[A-Za-z0-9+/]{15}=").isNotEqualTo(ArbitraryFileIdentifiers.next());
    }
}
