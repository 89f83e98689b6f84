package org.openoqs.terminal.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of {@link StaffAccounts}: the account's role becomes its one authority. */
public final class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccounts accounts;

    public StaffUserDetailsService(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.userId()).password(account.passwordHash())
                .authorities(account.role().authority()).build();
    }
}
