package app.touchbase.ui.base;

import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.FetchAccountSettings;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.ZoneId;

/** The signed-in account: whose network the views show, and the zone its dates are shown in. */
@Component
public class CurrentAccount {

    private final AuthenticationContext authentication;
    private final Backend backend;
    private final Clock clock;

    public CurrentAccount(AuthenticationContext authentication, Backend backend, Clock clock) {
        this.authentication = authentication;
        this.backend = backend;
        this.clock = clock;
    }

    /** The clock views read "today" from, in the account's zone. */
    Clock clock() {
        return clock;
    }

    public String owner() {
        return authentication.getPrincipalName().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    public AccountSettings settings() {
        String owner = owner();
        return backend.find(new FetchAccountSettings(owner), AccountSettings.class)
                .orElse(new AccountSettings(owner, owner, ZoneId.systemDefault(), null));
    }

    public void signOut() {
        authentication.logout();
    }
}
