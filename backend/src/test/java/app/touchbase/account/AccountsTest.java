package app.touchbase.account;

import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.ChangeAccountSettings;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class AccountsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final String PASSWORD = "correct horse battery";

    @Autowired
    Touchbase touchbase;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MongoDatabase database;

    String username() {
        return "Ada." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAccountSignsInWithItsPasswordWhichIsStoredOnlyHashed() {
        String username = username();
        String accountId = touchbase.send(new RegisterAccount(" " + username + " ", "Ada Lovelace", PASSWORD, BERLIN));
        assertThat(accountId).isEqualTo(username.toLowerCase());

        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FindLoginAccount(username.toUpperCase()), LoginAccount.class))
                .hasValueSatisfying(login -> {
                    assertThat(login.accountId()).isEqualTo(accountId);
                    assertThat(passwords.matches(PASSWORD, login.passwordHash())).isTrue();
                    assertThat(passwords.matches("wrong password", login.passwordHash())).isFalse();
                }));
        assertThat(database.getCollection("domainevents").find(new Document("aggregateIdentifier", accountId)).into(new ArrayList<>()))
                .singleElement().satisfies(event -> assertThat(event.toJson()).doesNotContain(PASSWORD));
        assertThat(touchbase.query(new CountAccounts(), AccountCount.class).accounts()).isPositive();
    }

    @Test
    void aUserNameCanBeTakenOnlyOnce() {
        String username = username();
        touchbase.send(new RegisterAccount(username, "Ada", PASSWORD, BERLIN));
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username.toUpperCase(), "Other Ada", PASSWORD, BERLIN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is taken")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("username");
    }

    @Test
    void weakPasswordsAndOddUserNamesAreRefused() {
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), "Ada", "short", BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 10 characters");
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount("ada lovelace", "Ada", PASSWORD, BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("without spaces");
        String username = username();
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username, "Ada", username.toLowerCase(), BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessage("The password must not be the user name.");
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), " ", PASSWORD, BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Your name must not be empty.");
    }

    @Test
    void settingsChangeTheZoneAndTheDefaultCadence() {
        String accountId = touchbase.send(new RegisterAccount(username(), "Ada", PASSWORD, BERLIN));
        touchbase.send(new ChangeAccountSettings(accountId, "Ada L.", ZoneId.of("America/New_York"), Period.ofMonths(3)));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FetchAccountSettings(accountId), AccountSettings.class))
                .contains(new AccountSettings(accountId, "Ada L.", ZoneId.of("America/New_York"), Period.ofMonths(3))));

        assertThatThrownBy(() -> touchbase.send(new ChangeAccountSettings(accountId, "Ada", BERLIN, Period.ofYears(9))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between one day and three years");
    }

    @Test
    void aRegisterCommandNeverPrintsThePassword() {
        assertThat(new RegisterAccount("ada", "Ada", PASSWORD, BERLIN).toString()).doesNotContain(PASSWORD);
    }
}
