package app.touchbase.ui.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The browsers an account is signed in on; a changed password signs out every one but the browser it was changed in. */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    public void endAllBut(String accountId, String keptSessionId) {
        registry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(accountId))
                .flatMap(principal -> registry.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(keptSessionId))
                .forEach(SessionInformation::expireNow);
    }
}
