package app.touchbase.ui;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.ui.base.Backend;

import java.time.ZoneId;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Accounts that tests over HTTP sign in with. */
public final class TestAccounts {

    public static final String PASSWORD = "a long test password";

    private TestAccounts() {
    }

    /** A new account (a unique user name starting with {@code prefix}), once sign-in can find it. */
    public static String open(Backend backend, String prefix, String name) {
        String account = backend.send(new RegisterAccount(prefix + UUID.randomUUID().toString().substring(0, 8), name,
                PASSWORD, ZoneId.of("Europe/Paris")));
        await().until(() -> backend.find(new FindLoginAccount(account), LoginAccount.class).isPresent());
        return account;
    }
}
