package app.touchbase.backup;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.ChangePassword;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.exporting.api.ExportedFile;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A backup holds no password hash; its restore gives each account a one-time password, shown once on the console. */
@ExtendWith(OutputCaptureExtension.class)
class BackupWithoutPasswordsTest {

    static final String FIRST = "a long backup password";
    static final String SECOND = "another long passphrase";

    @TempDir
    Path folder;

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(TouchbaseTestApplication.class).run(args);
    }

    static Optional<LoginAccount> login(ConfigurableApplicationContext app, String accountId) {
        return app.getBean(QueryGateway.class).query(new FindLoginAccount(accountId),
                ResponseTypes.optionalInstanceOf(LoginAccount.class)).join();
    }

    @Test
    void theBackupLeavesHashesOutAndTheRestoreSetsAOneTimePassword(CapturedOutput output) throws Exception {
        Path backup = folder.resolve("backup.jsonl");
        String owner;
        try (ConfigurableApplicationContext app = start("--touchbase.storage.mode=embedded-memory")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            owner = commands.sendAndWait(new RegisterAccount("nohash-" + UUID.randomUUID().toString().substring(0, 6), "Ada",
                    FIRST, ZoneId.of("Europe/Rome")));
            commands.sendAndWait(new ChangePassword(owner, FIRST, SECOND));
            ExportedFile file = app.getBean(QueryGateway.class).query(new ExportEventLog(owner), ResponseTypes.instanceOf(ExportedFile.class)).join();
            Files.write(backup, file.content());
        }
        assertThat(Files.readAllLines(backup)).as("two events and the account's key").hasSize(3).noneMatch(line -> line.contains("$2a$"))
                .anyMatch(line -> line.contains("AccountRegistered")).anyMatch(line -> line.contains("PasswordChanged"));

        try (ConfigurableApplicationContext restored = start("--touchbase.storage.mode=embedded-memory", "--touchbase.restore=" + backup)) {
            Matcher printed = Pattern.compile("Restored account '" + owner + "': sign in with the one-time password (\\S+) ")
                    .matcher(output.getOut());
            assertThat(printed.find()).as("the one-time password is printed").isTrue();
            String oneTime = printed.group(1);
            PasswordEncoder passwords = restored.getBean(PasswordEncoder.class);
            await().untilAsserted(() -> assertThat(login(restored, owner)).hasValueSatisfying(account -> {
                assertThat(passwords.matches(oneTime, account.passwordHash())).isTrue();
                assertThat(passwords.matches(SECOND, account.passwordHash())).isFalse();
            }));
            restored.getBean(CommandGateway.class).sendAndWait(new ChangePassword(owner, oneTime, "my own new passphrase"));
        }
        assertThat(output.getAll()).as("not in the log lines").containsOnlyOnce("one-time password");
    }
}
