package app.touchbase.ui.account;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Sign-in refused without checking the password, because the account or the address failed too often. */
class SignInThrottledException extends AuthenticationException {

    private final Duration wait;

    SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins");
        this.wait = wait;
    }

    /** What the sign-in page tells the person. */
    String advice() {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many failed attempts. Wait " + minutes + (minutes == 1 ? " minute" : " minutes") + ", then try again.";
    }
}
