package org.openoqs.core.consent;

import org.openoqs.core.code.ConsentFlag;

/** Whether a recorded consent still opens information; see {@link ConsentPolicy#stateAt}. */
public enum ConsentState {
    EFFECTIVE(ConsentFlag.GIVEN),
    EXPIRED(ConsentFlag.EXPIRED),
    WITHDRAWN(ConsentFlag.EXPIRED),
    NONE(ConsentFlag.NONE);

    private final ConsentFlag flag;

    ConsentState(ConsentFlag flag) {
        this.flag = flag;
    }

    /** How the state is reported in a result's …ConsFlg (OQSCD016: a withdrawn consent reads as 2 期限切れ). */
    public ConsentFlag flag() { return flag; }
}
