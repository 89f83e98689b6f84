package org.openoqs.portal.web;

import org.openoqs.portal.account.PortalUserDetailsService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Who may open what. Registration, sign-in and password reset are public; institution pages need an INSTITUTION
 * sign-in and act only on the signed-in institution's own 医療機関等コード; {@code /operator/**} is for the 支払基金
 * (OPERATOR); {@code /dashboard/**} for 厚生労働省 (MHLW) and 都道府県 (PREFECTURE) staff. The information side
 * (fee simulator, FAQ, シカク chat and their JSON under {@code /api/}) is public. Form sign-in with CSRF protection, a new session id at sign-in and lock-out after repeated failures.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class PortalSecurityConfiguration {
    private static final String[] PUBLIC = {"/", "/login", "/register", "/password/**", "/error", "/webjars/**",
            "/css/**", "/js/**", "/favicon.ico", "/fees/**", "/faq/**", "/chat/**", "/api/fees/**", "/api/faq/**"};
    /** Read-only JSON for anyone (vendors, scripts): no session, so no CSRF token to send. */
    private static final String PUBLIC_API = "/api/**";

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, PortalUserDetailsService users, PasswordEncoder encoder,
                                       AuthenticationEventPublisher events) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(passwords);
        manager.setAuthenticationEventPublisher(events);
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/operator/**").hasRole("OPERATOR")
                        .requestMatchers("/dashboard/**").hasAnyRole("MHLW", "PREFECTURE")
                        .requestMatchers("/home", "/applications/**", "/certificates/**", "/go-live/**", "/subsidy/**")
                                .hasRole("INSTITUTION")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(PUBLIC_API))
                .formLogin(form -> form.loginPage("/login").failureHandler(failure)
                        .defaultSuccessUrl("/after-login", true))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
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
