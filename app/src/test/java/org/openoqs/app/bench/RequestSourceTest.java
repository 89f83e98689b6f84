package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequestSourceTest {
    private static final CardKey KEY = new CardKey("01130012", "千代田12", "100001", "01", "19800415");
    private static final SplittableRandom RANDOM = new SplittableRandom(3);

    @Test
    void eachKindOfTargetGetsItsBodies() {
        assertThat(RequestSource.of(LoadTarget.PING, List.of()).next(RANDOM)).isEmpty();
        assertThat(RequestSource.of(LoadTarget.CONFIRM_JSON, List.of(KEY)).next(RANDOM))
                .isEqualTo(LoadTarget.CONFIRM_JSON.body(KEY));
        RequestSource challenges = RequestSource.of(LoadTarget.CARD_CHALLENGE, List.of());
        assertThat(challenges.next(RANDOM)).isEqualTo(LoadTarget.CARD_CHALLENGE.fixedBody());
        assertThat(challenges.next(RANDOM)).as("never runs out").isNotNull();
    }

    @Test
    void keyedTargetsNeedKeysAndCardConfirmationsNeedPreparedRequests() {
        assertThatThrownBy(() -> RequestSource.of(LoadTarget.CONFIRM_XML, List.of())).hasMessageContaining("needs card keys");
        assertThatThrownBy(() -> RequestSource.of(LoadTarget.CARD_CONFIRM, List.of(KEY)))
                .hasMessageContaining("needs prepared requests");
    }
}
