package app.touchbase.contact.read;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.platform.readmodel.InOneBatch;
import app.touchbase.support.EmbeddedReadModels;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.ResultMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A contact's timeline folded as the read-model processor folds a replay: a batch of events at a time. */
class TimelineWritesPerBatchTest {

    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    final EmbeddedReadModels mongo = new EmbeddedReadModels();
    final ContactTimelineProjection projection = new ContactTimelineProjection(mongo.database());
    final UUID ada = UUID.randomUUID();
    final UUID grace = UUID.randomUUID();

    /** Each contact's events in order, numbered as its aggregate numbers them. */
    final MessageHandler<EventMessage<?>> timeline = event -> {
        if (event.getPayload() instanceof ContactAdded added) {
            projection.on(added, event.getIdentifier(), 0L);
        } else {
            projection.on((ContactDetailsChanged) event.getPayload(), event.getIdentifier(), 1L);
        }
        return null;
    };

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void contactsAddedInOneBatchAreWrittenWithOneRequest() {
        ResultMessage<?> result = InOneBatch.handle(timeline,
                new ContactAdded(ada, "owner", ContactDetails.named("Ada Lovelace"), AT),
                new ContactAdded(grace, "owner", ContactDetails.named("Grace Hopper"), AT),
                new ContactAdded(UUID.randomUUID(), "owner", ContactDetails.named("Hedy Lamarr"), AT));

        assertThat(result.isExceptional()).isFalse();
        assertThat(mongo.requests("update", ContactTimelineProjection.COLLECTION))
                .as("three entries, each keeping the details it was added with, in one bulk write").isEqualTo(1);
        assertThat(mongo.database().getCollection(ContactTimelineProjection.COLLECTION).find()
                .map(entry -> entry.get("details", Document.class).getString("name")))
                .containsExactlyInAnyOrder("Ada Lovelace", "Grace Hopper", "Hedy Lamarr");
    }

    @Test
    void aChangeInTheSameBatchIsComparedWithTheDetailsKeptWhenTheContactWasAdded() {
        InOneBatch.handle(timeline,
                new ContactAdded(ada, "owner", ContactDetails.named("Ada Lovelace").withCompany("Analytical Engines", "Analyst"), AT),
                new ContactDetailsChanged(ada, "owner", ContactDetails.named("Ada Lovelace").withCompany("Analytical Engines", "Poet"), AT));

        Document change = mongo.database().getCollection(ContactTimelineProjection.COLLECTION)
                .find(Filters.eq("kind", TimelineKind.DETAILS_CHANGED.name())).first();
        assertThat(change.getString("detail")).as("only what changed").contains("Poet").doesNotContain("Lovelace");
        assertThat(change.get("details", Document.class).getString("role")).as("kept for the next change").isEqualTo("Poet");
    }
}
