package app.touchbase.history;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Events written before touches were days held instants: a coffee on 20 October in Berlin was stored as 19 October
 * 22:00 UTC. Such a history, restored into this version, reads as the days the owner picked: the touch is on
 * 20 October and a monthly cadence makes it due on 20 November.
 */
class EventsBeforeDaysTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate COFFEE = LocalDate.of(2026, 10, 20);
    static final LocalDate SNOOZED_UNTIL = LocalDate.of(2027, 1, 10);

    @TempDir
    Path folder;

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(TouchbaseTestApplication.class).run(args);
    }

    @Test
    void anOldHistoryReadsAsTheDaysTheOwnerPicked() throws Exception {
        Path backup = folder.resolve("old-backup.jsonl");
        String owner;
        UUID grace = UUID.randomUUID();
        try (ConfigurableApplicationContext app = start("--touchbase.storage.mode=embedded-memory")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            owner = commands.sendAndWait(new RegisterAccount("berlin-" + UUID.randomUUID().toString().substring(0, 6), "Bea",
                    "a long berlin password", BERLIN));
            commands.sendAndWait(new AddContact(grace, owner, ContactDetails.named("Grace Hopper")));
            commands.sendAndWait(new SetCadence(grace, owner, Period.ofMonths(1)));
            commands.sendAndWait(new LogInteraction(grace, owner, UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH, COFFEE,
                    Direction.GAVE, "Kids: two"));
            String finalOwner = owner;
            await().until(() -> nextTouch(app, finalOwner, grace).map(NextTouch::lastTouchOn).isPresent());
            ExportedFile file = app.getBean(QueryGateway.class).query(new ExportEventLog(owner), ResponseTypes.instanceOf(ExportedFile.class)).join();
            List<String> lines = new String(file.content(), StandardCharsets.UTF_8).lines().map(EventsBeforeDaysTest::asRevisionOne).toList();
            Files.write(backup, lines);
        }
        assertThat(Files.readString(backup)).as("the backup now holds the old shapes")
                .contains("2026-10-19T22:00:00Z").doesNotContain("occurredOn");

        try (ConfigurableApplicationContext restored = start("--touchbase.storage.mode=embedded-memory", "--touchbase.restore=" + backup)) {
            String finalOwner = owner;
            await().untilAsserted(() -> assertThat(nextTouch(restored, finalOwner, grace)).hasValueSatisfying(touch -> {
                assertThat(touch.lastTouchOn()).isEqualTo(COFFEE);
                assertThat(touch.nextTouchOn()).isEqualTo(LocalDate.of(2026, 11, 20));
            }));
            ContactProfile profile = restored.getBean(QueryGateway.class).query(new FetchContact(owner, grace),
                    ResponseTypes.optionalInstanceOf(ContactProfile.class)).join().orElseThrow();
            assertThat(profile.interactions()).singleElement().satisfies(touch -> assertThat(touch.occurredOn()).isEqualTo(COFFEE));

            restored.getBean(CommandGateway.class).sendAndWait(new SnoozeTouch(grace, owner, SNOOZED_UNTIL));
            await().untilAsserted(() -> assertThat(nextTouch(restored, finalOwner, grace).orElseThrow().nextTouchOn())
                    .as("the contact, loaded from the old events, takes new commands").isEqualTo(SNOOZED_UNTIL));
        }
    }

    static Optional<NextTouch> nextTouch(ConfigurableApplicationContext app, String owner, UUID contact) {
        return app.getBean(QueryGateway.class).query(new FetchNextTouch(owner, contact),
                ResponseTypes.optionalInstanceOf(NextTouch.class)).join();
    }

    /**
     * Writes an event back in its first shape: the touch's day as the moment its day began in Berlin, and no revision.
     * The lines with the keys that seal the personal fields stay as they are.
     */
    static String asRevisionOne(String line) {
        Document event = Document.parse(line);
        String type = event.getString("payloadType");
        if (type == null) {
            return line;
        }
        Document payload = Document.parse(event.getString("serializedPayload"));
        if (type.endsWith(".InteractionLogged")) {
            LocalDate day = LocalDate.parse(payload.getString("occurredOn"));
            payload.remove("occurredOn");
            payload.put("occurredAt", day.atStartOfDay(BERLIN).toInstant().toString());
            event.put("payloadRevision", null);
        } else if (type.endsWith(".CadenceSet")) {
            payload.remove("startsOn");
            event.put("payloadRevision", null);
        }
        event.put("serializedPayload", payload.toJson());
        return event.toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build());
    }
}
