package org.openoqs.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AuditHeadTest {
    static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void printsAndParsesAsSequenceColonHash() {
        AuditHead head = new AuditHead(1234, HASH);
        assertThat(head.toString()).isEqualTo("1234:" + HASH);
        assertThat(AuditHead.parse(head.toString())).isEqualTo(head);
        assertThat(AuditHead.parse(" 1234 : " + HASH + " ")).isEqualTo(head);
        assertThat(head.nextSequence()).isEqualTo(1235);
    }

    @Test
    void genesisIsSequenceZero() {
        assertThat(AuditHead.GENESIS).isEqualTo(AuditHead.parse("0:" + "0".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", ":abc", "x:" + "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "-1:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            "5:0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", "5:0123"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> AuditHead.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
