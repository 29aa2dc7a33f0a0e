package app.touchbase.ui.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password, unless the account or the client address has failed too often lately. Failures are
 * logged with the client address only: neither the password nor the user name tried goes to the log.
 */
class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ThrottledSignIn.class);

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        throttle.attempt(username, address).ifPresent(wait -> {
            LOG.warn("Sign-in from {} refused without a password check: too many failed attempts", address);
            throw new SignInThrottledException(wait);
        });
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            LOG.warn("Failed sign-in for an account from {}", address);
            throw wrong;
        } catch (IllegalArgumentException unreadable) {
            // bcrypt refuses to compare a password longer than it reads: for the person, simply a wrong password
            LOG.warn("Failed sign-in for an account from {}", address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username, address);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "an unknown address";
    }
}
