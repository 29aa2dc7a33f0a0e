package app.touchbase.erasure;

import app.touchbase.account.api.OpenCalendarFeed;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.asof.api.ContactAsOf;
import app.touchbase.asof.api.FetchContactAsOf;
import app.touchbase.calendar.api.RenderCalendarFeed;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.EraseContact;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.exporting.api.ExportContacts;
import app.touchbase.exporting.api.ExportFormat;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.interaction.api.EraseTouchText;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.axonframework.common.caching.Cache;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Personal data is stored sealed; erasing its key erases it for good, while the events stay in order. */
@IntegrationTest
class ErasureTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoTemplate axonMongoTemplate;
    @Autowired
    Cache contactCache;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private List<String> storedPayloads(UUID contact) {
        return axonMongoTemplate.eventCollection().find(eq("aggregateIdentifier", contact.toString()))
                .map(event -> event.getString("serializedPayload")).into(new ArrayList<>());
    }

    /** The exports and the calendar feed, as the owner and their calendar would get them. */
    private String everythingShownOf(String owner, String feedToken) {
        return new String(touchbase.query(new ExportContacts(owner, ExportFormat.CSV), ExportedFile.class).content(), StandardCharsets.UTF_8)
                + new String(touchbase.query(new ExportContacts(owner, ExportFormat.VCARD), ExportedFile.class).content(), StandardCharsets.UTF_8)
                + touchbase.queryOptional(new RenderCalendarFeed(feedToken), ExportedFile.class)
                .map(file -> new String(file.content(), StandardCharsets.UTF_8)).orElse("");
    }

    private long found(String owner, String text) {
        return touchbase.query(new SearchContacts(owner, text, null, true, 0, 50), ContactPage.class).total();
    }

    @Test
    void anErasedContactLeavesEveryReadModelAndItsEventsStaySealedForGood() {
        String owner = touchbase.send(new RegisterAccount("eraser-" + UUID.randomUUID().toString().substring(0, 8), "Ada",
                "a long erasing password", ZoneId.of("America/New_York")));
        String feed = touchbase.send(new OpenCalendarFeed(owner));
        UUID grace = touchbase.addContact(owner, ContactDetails.named("Grace Hopper").withEmails("grace@navy.mil"));
        touchbase.send(new AddImportantDate(grace, owner, UUID.randomUUID(), "Hopper's birthday", MonthDay.of(12, 9), 1906, 3));
        touchbase.setCadence(owner, grace, Period.ofMonths(3));
        touchbase.send(new LogInteraction(grace, owner, UUID.randomUUID(), InteractionType.CALL, today(), null, "Her twins start school"));
        touchbase.send(new RecordFact(grace, owner, UUID.randomUUID(), "Project", "Compilers for COBOL", null));
        touchbase.send(new AddFollowUp(grace, owner, UUID.randomUUID(), "Send the nanosecond wire", today().plusDays(3)));
        UUID alan = touchbase.addContact(owner, ContactDetails.named("Alan Turing"));
        await().until(() -> found(owner, "Hopper") == 1 && touchbase.nextTouch(owner, grace).isPresent());

        await().until(() -> everythingShownOf(owner, feed).contains("Hopper"));
        List<String> sealed = storedPayloads(grace);
        assertThat(sealed).hasSize(6).allSatisfy(payload -> assertThat(payload)
                .doesNotContain("Hopper", "grace@navy.mil", "twins", "COBOL", "nanosecond"));
        assertThat(touchbase.contact(owner, grace)).hasValueSatisfying(profile -> {
            assertThat(profile.contact().details().emails()).containsExactly("grace@navy.mil");
            assertThat(profile.interactions()).singleElement().satisfies(touch -> assertThat(touch.notes()).isEqualTo("Her twins start school"));
        });

        assertThat(contactCache.containsKey(grace.toString())).as("loaded once, kept for the next command").isTrue();

        assertThatThrownBy(() -> touchbase.send(new EraseContact(grace, owner, "Grace")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Grace Hopper");
        assertThatThrownBy(() -> touchbase.send(new EraseContact(grace, "someone-else", "Grace Hopper")))
                .isInstanceOf(UnknownContactException.class);
        assertThat(storedPayloads(grace)).hasSize(6);

        touchbase.send(new EraseContact(grace, owner, "  grace hopper "));
        assertThat(contactCache.containsKey(grace.toString())).as("its opened details leave the memory").isFalse();

        await().untilAsserted(() -> {
            assertThat(touchbase.contact(owner, grace)).isEmpty();
            assertThat(found(owner, "Hopper")).isZero();
            assertThat(touchbase.nextTouch(owner, grace)).isEmpty();
        });
        await().untilAsserted(() -> assertThat(everythingShownOf(owner, feed)).doesNotContain("Hopper", "grace@navy.mil"));
        assertThat(storedPayloads(grace)).as("the history keeps its order and count").hasSize(7)
                .allSatisfy(payload -> assertThat(payload).doesNotContain("Hopper", "grace@navy.mil", "twins", "COBOL"));
        assertThatThrownBy(() -> touchbase.send(new UpdateContactDetails(grace, owner, ContactDetails.named("Grace"))))
                .isInstanceOf(UnknownContactException.class);
        assertThat(touchbase.queryOptional(new FetchContactAsOf(owner, grace, clock.instant()), ContactAsOf.class)
                .map(asOf -> asOf.details().name())).isEmpty();
        assertThat(touchbase.contact(owner, alan)).isPresent();

        assertThat(touchbase.<List<String>>send(new RebuildReadModels())).containsExactly(ReadModels.PROCESSING_GROUP);
        await().untilAsserted(() -> {
            assertThat(touchbase.query(new FetchReadModelStatus(), ReadModelStatus.class).allCaughtUp()).isTrue();
            assertThat(found(owner, "Turing")).as("the rest is rebuilt").isEqualTo(1);
        });
        assertThat(found(owner, "")).as("after a replay the erased contact is still gone").isEqualTo(1);
        assertThat(touchbase.contact(owner, grace)).isEmpty();
    }

    @Test
    void aTouchsTextCanBeErasedWhileTheTouchStays() {
        String owner = Touchbase.newOwner();
        UUID ada = touchbase.addContact(owner, "Ada Lovelace");
        UUID touch = UUID.randomUUID();
        touchbase.send(new LogInteraction(ada, owner, touch, InteractionType.COFFEE_OR_LUNCH, today(), null, "Told me about the engine"));
        await().until(() -> touchbase.contact(owner, ada).map(profile -> profile.interactions().size()).orElse(0) == 1);

        assertThatThrownBy(() -> touchbase.send(new EraseTouchText(ada, "someone-else", touch))).isInstanceOf(UnknownContactException.class);
        touchbase.send(new EraseTouchText(ada, owner, touch));

        await().untilAsserted(() -> assertThat(touchbase.contact(owner, ada)).hasValueSatisfying(profile -> {
            assertThat(profile.interactions()).singleElement().satisfies(logged -> {
                assertThat(logged.notes()).isNull();
                assertThat(logged.type()).isEqualTo(InteractionType.COFFEE_OR_LUNCH);
            });
            assertThat(profile.timeline()).noneMatch(entry -> String.valueOf(entry.detail()).contains("engine"));
        }));
        assertThat(touchbase.contact(owner, ada).orElseThrow().contact().details().name()).isEqualTo("Ada Lovelace");
    }
}
