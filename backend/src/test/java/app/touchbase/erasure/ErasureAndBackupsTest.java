package app.touchbase.erasure;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.EraseContact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An erased person is not in a later backup, and a backup made before the erasure restores without them. */
class ErasureAndBackupsTest {

    @TempDir
    Path folder;

    private ConfigurableApplicationContext start(String dataFile, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--touchbase.storage.mode=embedded-file",
                "--touchbase.storage.file=" + folder.resolve(dataFile)));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(TouchbaseTestApplication.class).run(args.toArray(String[]::new));
    }

    private static <R> R query(ConfigurableApplicationContext app, Object query, Class<R> type) {
        return app.getBean(QueryGateway.class).query(query, ResponseTypes.instanceOf(type)).join();
    }

    private static List<String> names(ConfigurableApplicationContext app, String owner) {
        return query(app, new SearchContacts(owner, null, null, true, 0, 50), ContactPage.class).contacts().stream()
                .map(contact -> contact.details().name()).sorted().toList();
    }

    private static byte[] backup(ConfigurableApplicationContext app, String owner) {
        return query(app, new ExportEventLog(owner), ExportedFile.class).content();
    }

    @Test
    void laterBackupsLeaveTheErasedPersonOutAndEarlierOnesRestoreWithoutThem() throws Exception {
        Path before = folder.resolve("before.jsonl");
        String owner;
        UUID grace = UUID.randomUUID();
        UUID alan = UUID.randomUUID();
        try (ConfigurableApplicationContext app = start("touchbase.mv")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            owner = commands.sendAndWait(new RegisterAccount("keeper", "Ada", "a long backup password", ZoneId.of("UTC")));
            commands.sendAndWait(new AddContact(grace, owner, ContactDetails.named("Grace Hopper")));
            commands.sendAndWait(new AddContact(alan, owner, ContactDetails.named("Alan Turing")));
            String finalOwner = owner;
            await().until(() -> names(app, finalOwner).size() == 2);
            Files.write(before, backup(app, owner));

            commands.sendAndWait(new EraseContact(grace, owner, "Grace Hopper"));
            await().until(() -> names(app, finalOwner).equals(List.of("Alan Turing")));
            String after = new String(backup(app, owner), StandardCharsets.UTF_8);
            assertThat(after).contains("contact-" + alan).doesNotContain(grace.toString());
        }
        assertThat(Files.readString(before)).as("the earlier backup holds her events and key").contains(grace.toString());

        try (ConfigurableApplicationContext restored = start("restored.mv", "--touchbase.restore=" + before)) {
            String finalOwner = owner;
            await().untilAsserted(() -> {
                assertThat(query(restored, new FetchReadModelStatus(), ReadModelStatus.class).allCaughtUp()).isTrue();
                assertThat(names(restored, finalOwner)).containsExactly("Alan Turing");
            });
        }
    }
}
