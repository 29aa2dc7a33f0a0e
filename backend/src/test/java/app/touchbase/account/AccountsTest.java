package app.touchbase.account;

import app.touchbase.account.api.AccountCount;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.ChangeAccountSettings;
import app.touchbase.account.api.ChangePassword;
import app.touchbase.account.api.CountAccounts;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.account.api.UpgradePasswordHash;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.Touchbase;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
        for (String tooShort : List.of("short", "1234567890", "aaaaaaaaaa", "password12", "elevenchars")) {
            assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), "Ada", tooShort, BERLIN)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12 characters");
        }
        for (String common : List.of("123456789012", "password1234", "Qwertyuiopas", "iloveyou1234", "letmein12345", "monkeymonkey")) {
            assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), "Ada", common, BERLIN)))
                    .as(common).isInstanceOf(InvalidInputException.class).hasMessageContaining("most common");
        }
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), "Ada", "abababababab", BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 5 different");
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount("ada lovelace", "Ada", PASSWORD, BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("without spaces");
        String username = username();
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username, "Ada", username.toLowerCase(), BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessage("The password must not be the user name.");
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), " ", PASSWORD, BERLIN)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Your name must not be empty.");
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedInBytesNotCharacters() {
        String umlauts = "Grüße über Brücken führen zu schönen Häusern, Übermüdung läßt nach!!";
        assertThat(umlauts.length()).isLessThan(RegisterAccount.MAX_PASSWORD_BYTES);
        assertThat(umlauts.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(RegisterAccount.MAX_PASSWORD_BYTES);
        assertThatThrownBy(() -> touchbase.send(new RegisterAccount(username(), "Ada", umlauts, BERLIN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The password is too long: at most 72 bytes")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");

        String exactly72 = "a few plain words ".repeat(4);
        assertThat(exactly72.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String accountId = touchbase.send(new RegisterAccount(username(), "Ada", exactly72, BERLIN));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FindLoginAccount(accountId), LoginAccount.class))
                .hasValueSatisfying(login -> assertThat(passwords.matches(exactly72, login.passwordHash())).isTrue()));
    }

    @Test
    void aPasswordIsChangedOnlyWithTheCurrentOneAndHashedAtCost12() {
        String accountId = touchbase.send(new RegisterAccount(username(), "Ada", PASSWORD, BERLIN));
        String next = "analytical engine notes";
        assertThatThrownBy(() -> touchbase.send(new ChangePassword(accountId, "not my password", next)))
                .isInstanceOf(InvalidInputException.class).hasMessage("That is not your current password.")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("currentPassword");
        assertThatThrownBy(() -> touchbase.send(new ChangePassword(accountId, PASSWORD, "password1234")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("most common")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("newPassword");

        touchbase.send(new ChangePassword(accountId, PASSWORD, next));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FindLoginAccount(accountId), LoginAccount.class))
                .hasValueSatisfying(login -> {
                    assertThat(passwords.matches(next, login.passwordHash())).isTrue();
                    assertThat(login.passwordHash()).startsWith("$2a$12$");
                }));
        assertThatThrownBy(() -> touchbase.send(new ChangePassword(accountId, PASSWORD, "yet another passphrase")))
                .as("the old password is no longer current").isInstanceOf(InvalidInputException.class);
        assertThat(new ChangePassword(accountId, PASSWORD, next).toString()).doesNotContain(PASSWORD).doesNotContain(next);
    }

    @Test
    void anUpgradedHashReplacesTheStoredOne() {
        String accountId = touchbase.send(new RegisterAccount(username(), "Ada", PASSWORD, BERLIN));
        String cheaper = new BCryptPasswordEncoder(4).encode(PASSWORD);
        touchbase.send(new UpgradePasswordHash(accountId, cheaper));
        await().untilAsserted(() -> assertThat(touchbase.queryOptional(new FindLoginAccount(accountId), LoginAccount.class))
                .hasValueSatisfying(login -> assertThat(login.passwordHash()).isEqualTo(cheaper)));
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
