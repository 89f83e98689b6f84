package org.openoqs.terminal.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Password sign-in behind a {@link SignInThrottle}: a locked id is refused without even checking the password. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String userId = authentication.getName();
        if (throttle.lockedUntil(userId).isPresent()) {
            throw new LockedException("too many failed sign-ins for this user id");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(userId);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(userId);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
