package app.touchbase.backup;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.CreateCircle;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.circle.api.SetCircleRule;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.plan.api.OpenWeeklyPlan;
import app.touchbase.plan.api.PlanEntry;
import app.touchbase.plan.api.PlanSource;
import app.touchbase.plan.api.WeeklyPlanOpened;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A backup of one account restores into an empty installation and gives the same read models. */
class EventLogBackupTest {

    @TempDir
    Path folder;

    static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(TouchbaseTestApplication.class).run(args);
    }

    static <R> R query(ConfigurableApplicationContext app, Object query, Class<R> type) {
        return app.getBean(QueryGateway.class).query(query, ResponseTypes.instanceOf(type)).join();
    }

    record Snapshot(List<ContactProfile> profiles, DueTouches touches, AccountSettings settings, List<CircleSummary> circles) {
    }

    static Snapshot snapshot(ConfigurableApplicationContext app, String owner) {
        List<ContactProfile> profiles = query(app, new SearchContacts(owner, null, null, true, 0, 100), ContactPage.class).contacts().stream()
                .map(contact -> app.getBean(QueryGateway.class).query(new FetchContact(owner, contact.contactId()),
                        ResponseTypes.optionalInstanceOf(ContactProfile.class)).join().orElseThrow(NotYetFolded::new))
                .toList();
        DueTouches touches = query(app, new ListNextTouches(owner), DueTouches.class);
        AccountSettings settings = app.getBean(QueryGateway.class).query(new FetchAccountSettings(owner),
                ResponseTypes.optionalInstanceOf(AccountSettings.class)).join().orElseThrow(NotYetFolded::new);
        List<CircleSummary> circles = app.getBean(QueryGateway.class).query(new ListCircles(owner, true),
                ResponseTypes.multipleInstancesOf(CircleSummary.class)).join();
        return new Snapshot(profiles, new DueTouches(null, touches.touches()), settings, circles);
    }

    /** An assertion error, so Awaitility polls again while the read models are still being folded. */
    static class NotYetFolded extends AssertionError {
        NotYetFolded() {
            super("not in the read models yet");
        }
    }

    @Test
    void aBackupRestoresIntoAnEmptyInstallationWithTheSameReadModels() throws Exception {
        Path backup = folder.resolve("backup.jsonl");
        String owner;
        Snapshot original;
        try (ConfigurableApplicationContext app = start("--touchbase.storage.mode=embedded-memory")) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            owner = commands.sendAndWait(new RegisterAccount("backup-" + UUID.randomUUID().toString().substring(0, 6), "Ada",
                    "a long backup password", ZoneId.of("Europe/Rome")));
            LocalDate lastWeek = LocalDate.now(ZoneId.of("Europe/Rome")).minusDays(7);
            UUID circle = UUID.randomUUID();
            commands.sendAndWait(new CreateCircle(circle, owner, CircleDetails.named("Mentors")));
            commands.sendAndWait(new SetCircleRule(circle, owner, new KeepInTouchRule("lunch", "Yearly lunch", Period.ofYears(1), Set.of())));
            for (int i = 0; i < 3; i++) {
                UUID contact = UUID.randomUUID();
                commands.sendAndWait(new AddContact(contact, owner, ContactDetails.named("Person " + i).withTags("tag" + i)));
                commands.sendAndWait(new SetCadence(contact, owner, Period.ofMonths(1 + i)));
                UUID touch = UUID.randomUUID();
                commands.sendAndWait(new LogInteraction(contact, owner, touch, InteractionType.CALL, lastWeek, null, "Called " + i));
                commands.sendAndWait(new CorrectInteraction(contact, owner, touch, InteractionType.MEETING, lastWeek.minusDays(1),
                        Direction.GAVE, "Met " + i));
                commands.sendAndWait(new RecordFact(contact, owner, UUID.randomUUID(), "Kids", i + " kids", null));
                if (i == 0) {
                    commands.sendAndWait(new AddToCircle(circle, owner, List.of(contact)));
                }
                if (i == 1) {
                    // a weekly plan between the contacts' events: the file keeps the order they were stored in
                    commands.sendAndWait(new OpenWeeklyPlan(owner, lastWeek, 1, List.of(new PlanEntry(contact, PlanSource.PULLED_IN))));
                }
                if (i == 2) {
                    commands.sendAndWait(new ArchiveContact(contact, owner));
                }
            }
            commands.sendAndWait(new AddContact(UUID.randomUUID(), "someone-else", ContactDetails.named("Not In The Backup")));
            await().until(() -> query(app, new FetchReadModelStatus(), ReadModelStatus.class).allCaughtUp()
                    && query(app, new SearchContacts(owner, null, null, true, 0, 10), ContactPage.class).total() == 3);
            String finalOwner = owner;
            await().untilAsserted(() -> assertThat(snapshot(app, finalOwner).circles()).singleElement()
                    .satisfies(mentors -> assertThat(mentors.settled()).isEqualTo(1)));
            await().untilAsserted(() -> assertThat(snapshot(app, finalOwner).profiles())
                    .allSatisfy(p -> assertThat(p.facts()).hasSize(1))
                    .anySatisfy(p -> assertThat(p.contact().archived()).as("the account's last event").isTrue()));
            original = snapshot(app, owner);
            ExportedFile file = query(app, new ExportEventLog(owner), ExportedFile.class);
            assertThat(file.fileName()).isEqualTo("touchbase-backup.jsonl");
            Files.write(backup, file.content());
        }
        List<String> lines = Files.readAllLines(backup);
        assertThat(lines).as("account, contacts (one joined a circle), the circle, the weekly plan; the keys of the account, each contact and each touch's note")
                .hasSize(1 + 3 * 5 + 1 + 1 + 3 + 1 + 1 + 3 + 3).noneMatch(line -> line.contains("Not In The Backup"))
                .anyMatch(line -> line.contains(WeeklyPlanOpened.class.getName()));
        assertThat(lines.stream().map(Document::parse).map(line -> line.getString("timestamp")).filter(Objects::nonNull).toList())
                .as("in the order they were stored").isSorted();

        try (ConfigurableApplicationContext restored = start("--touchbase.storage.mode=embedded-memory", "--touchbase.restore=" + backup)) {
            String finalOwner = owner;
            await().untilAsserted(() -> assertThat(snapshot(restored, finalOwner)).isEqualTo(original));
            assertThat(query(restored, new SearchContacts("someone-else", null, null, true, 0, 10), ContactPage.class).total()).isZero();
        }
    }

    @Test
    void aRestoreIntoAnInstallationWithEventsIsRefusedAndAForeignFileStoresNothing() throws Exception {
        Path data = folder.resolve("data.mv");
        Path notABackup = folder.resolve("contacts.csv");
        Files.writeString(notABackup, "Name,Email\nAda,ada@example.com\n");
        assertThatThrownBy(() -> start("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + data,
                "--touchbase.restore=" + notABackup).close())
                .hasStackTraceContaining("Line 1 of " + notABackup + " is not JSON: nothing was restored.");

        try (ConfigurableApplicationContext app = start("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + data)) {
            assertThat(query(app, new SearchContacts("anyone", null, null, true, 0, 10), ContactPage.class).total()).isZero();
            app.getBean(CommandGateway.class).sendAndWait(new AddContact(UUID.randomUUID(), "anyone", ContactDetails.named("Existing")));
        }
        Path emptyBackup = folder.resolve("empty.jsonl");
        Files.writeString(emptyBackup, "");
        assertThatThrownBy(() -> start("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + data,
                "--touchbase.restore=" + emptyBackup).close())
                .hasStackTraceContaining("touchbase.restore needs an empty installation, but this one already holds 1 events");
    }
}
