package org.openoqs.terminal.web;

import java.time.Clock;
import java.util.Map;
import org.openoqs.terminal.staff.StaffAccounts;
import org.openoqs.terminal.staff.StaffRole;
import org.openoqs.terminal.staff.StaffUserDetailsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. Staff sign in with a form (CSRF on, a new session id at sign-in, lock-out after repeated
 * failures). The kiosk pages need no sign-in but answer only the reader's own browser ({@link KioskClientFilter}); the
 * 目視確認 screen additionally needs a 管理アカウント. Static assets are served to everyone; everything else is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

    /** Pages and assets that need no sign-in. */
    private static final String[] PUBLIC = {"/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**",
            "/favicon.ico"};

    @Bean
    SignInThrottle signInThrottle(TerminalWebConfig config, Clock clock) {
        return new SignInThrottle(config.signInMaxFailures(), config.signInLockDuration(), clock);
    }

    @Bean
    KioskClients kioskClients(TerminalWebConfig config) {
        return new KioskClients(config.kioskClients());
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffAccounts accounts, PasswordEncoder encoder,
            SignInThrottle throttle, KioskClients kioskClients) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(accounts));
        passwords.setPasswordEncoder(encoder);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");

        http.authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle))
                .addFilterBefore(new KioskClientFilter(kioskClients), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/").permitAll()
                        .requestMatchers("/kiosk/visual-check", "/kiosk/visual-check/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/kiosk", "/kiosk/**").permitAll()
                        .requestMatchers("/staff/settings", "/staff/settings/**").hasRole(StaffRole.ADMIN.name())
                        .requestMatchers("/staff/**", "/viewer", "/viewer/**")
                                .hasAnyRole(StaffRole.ADMIN.name(), StaffRole.VIEWER.name())
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure)
                        .defaultSuccessUrl("/staff/results"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Spring Security's default, stated because it matters: the session id changes at sign-in.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
                                + "form-action 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
