package org.openoqs.jpki;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrongPinExceptionTest {

    @Test
    void saysHowManyTriesAreLeft() {
        assertThat(new WrongPinException(2).remainingTries()).isEqualTo(2);
        assertThat(new WrongPinException(2)).hasMessage("wrong PIN; 2 tries left");
        assertThat(new WrongPinException(1)).hasMessage("wrong PIN; 1 try left");
        assertThat(new WrongPinException(0)).hasMessage("wrong PIN; the card is now locked");
    }
}
