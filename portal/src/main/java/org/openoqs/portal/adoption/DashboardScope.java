package org.openoqs.portal.adoption;

import org.openoqs.core.code.Prefecture;
import org.openoqs.portal.account.PortalUser;
import org.openoqs.portal.account.StaffRole;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which figures a dashboard user may see, decided on the server: 厚生労働省 (MHLW) sees the nation or any prefecture
 * it picks; a 都道府県 (PREFECTURE) user sees only its own prefecture, and asking for another is refused (403).
 *
 * @param prefecture null for the national view
 */
public record DashboardScope(Prefecture prefecture) {
    public static DashboardScope of(PortalUser user, String requestedPrefecture) {
        Prefecture requested = parse(requestedPrefecture);
        if (StaffRole.MHLW.name().equals(user.role())) return new DashboardScope(requested);
        if (StaffRole.PREFECTURE.name().equals(user.role()) && user.prefectureCode() != null) {
            Prefecture own = parse(user.prefectureCode());
            if (requested != null && requested != own) {
                throw new AccessDeniedException(user.getUsername() + " may see " + own.label() + " only");
            }
            return new DashboardScope(own);
        }
        throw new AccessDeniedException(user.getUsername() + " has no dashboard role");
    }

    public boolean national() { return prefecture == null; }

    public String label() { return prefecture == null ? "全国" : prefecture.label(); }

    public String code() { return prefecture == null ? null : prefecture.code(); }

    private static Prefecture parse(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String s = raw.strip();
        if (!s.matches("[0-9]{1,2}")) throw new BadDashboardRequestException("prefecture", "都道府県番号は01〜47: " + raw);
        int number = Integer.parseInt(s);
        if (number < 1 || number > 47) throw new BadDashboardRequestException("prefecture", "都道府県番号は01〜47: " + raw);
        return Prefecture.fromNumber(number).orElseThrow();
    }
}
