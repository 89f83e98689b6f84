package org.openoqs.portal.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openoqs.core.code.Prefecture;
import org.openoqs.portal.account.PortalUser;
import org.springframework.security.access.AccessDeniedException;

class DashboardScopeTest {
    private final PortalUser mhlw = new PortalUser("mhlw", "", "厚生労働省", "MHLW", null, false);
    private final PortalUser yamanashi = new PortalUser("yamanashi", "", "山梨県", "PREFECTURE", "19", false);

    @Test
    void mhlwSeesTheNationOrAnyPrefecture() {
        assertThat(DashboardScope.of(mhlw, null).national()).isTrue();
        assertThat(DashboardScope.of(mhlw, " ").label()).isEqualTo("全国");
        assertThat(DashboardScope.of(mhlw, "13").prefecture()).isEqualTo(Prefecture.TOKYO);
    }

    @Test
    void aPrefectureUserIsHeldToItsOwnPrefecture() {
        assertThat(DashboardScope.of(yamanashi, null).prefecture()).isEqualTo(Prefecture.YAMANASHI);
        assertThat(DashboardScope.of(yamanashi, "19").code()).isEqualTo("19");
        assertThatThrownBy(() -> DashboardScope.of(yamanashi, "13")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("山梨県");
    }

    @Test
    void othersHaveNoDashboard() {
        PortalUser operator = new PortalUser("op", "", "支払基金", "OPERATOR", null, false);
        PortalUser institution = new PortalUser("3410712362", "", "clinic", PortalUser.INSTITUTION, null, false);
        PortalUser prefectureWithout = new PortalUser("p", "", "?", "PREFECTURE", null, false);
        for (PortalUser user : new PortalUser[] {operator, institution, prefectureWithout}) {
            assertThatThrownBy(() -> DashboardScope.of(user, null)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aPrefectureCodeOutsideOneToFortySevenIsABadRequest() {
        for (String bad : new String[] {"0", "48", "x1", "123"}) {
            assertThatThrownBy(() -> DashboardScope.of(mhlw, bad)).isInstanceOf(BadDashboardRequestException.class)
                    .hasMessageStartingWith("prefecture:");
        }
    }
}
