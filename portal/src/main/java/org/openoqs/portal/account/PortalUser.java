package org.openoqs.portal.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in portal user: an institution (user name = 医療機関等コード, role INSTITUTION) or staff (role = the
 * {@link StaffRole}; {@code prefectureCode} for PREFECTURE users). Controllers take the institution from here, never
 * from a form field.
 */
public record PortalUser(String username, String passwordHash, String displayName, String role, String prefectureCode,
                         boolean locked) implements UserDetails {
    public static final String INSTITUTION = "INSTITUTION";

    public boolean isInstitution() {
        return INSTITUTION.equals(role);
    }

    /** The 医療機関等コード of an institution user. */
    public String institutionCode() {
        if (!isInstitution()) throw new IllegalStateException(username + " is not an institution");
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override public String getPassword() { return passwordHash; }

    @Override public String getUsername() { return username; }

    @Override public boolean isAccountNonLocked() { return !locked; }

    /** Without the hash: the principal is kept in the session. */
    public PortalUser withoutPassword() {
        return new PortalUser(username, "", displayName, role, prefectureCode, locked);
    }

    @Override
    public String toString() {
        return "PortalUser[" + username + ", " + role + "]";
    }
}
