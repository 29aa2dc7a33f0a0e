package app.touchbase.mail.outbox;

import app.touchbase.contact.api.ContactErased;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.reminder.api.DigestQueued;
import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.shared.api.AccountDeleted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Puts every queued reminder and digest into the outbox. Its processor is never reset and starts near the head
 * of the history, so neither a rebuild nor a restored backup mails anything again.
 */
@Component
@ProcessingGroup(OutboxFeeder.PROCESSING_GROUP)
class OutboxFeeder {

    static final String PROCESSING_GROUP = "mail-outbox";

    private final MailOutbox outbox;

    OutboxFeeder(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    @DisallowReplay
    void on(ReminderQueued event) {
        List<Document> occasions = event.occasions().stream().map(OutboxFeeder::occasion).toList();
        outbox.queue(event.reminderId(), MailKind.REMINDER, event.owner(),
                new Document("contactId", event.contactId().toString()).append("occasions", occasions), event.queuedAt());
    }

    @EventHandler
    @DisallowReplay
    void on(DigestQueued event) {
        outbox.queue(event.digestId(), MailKind.DIGEST, event.accountId(),
                new Document("weekOf", event.weekOf().toString()), event.queuedAt());
    }

    @EventHandler
    @DisallowReplay
    void on(ContactErased event) {
        outbox.forgetContact(event.owner(), event.contactId());
    }

    @EventHandler
    @DisallowReplay
    void on(AccountDeleted event) {
        outbox.forgetAccount(event.accountId());
    }

    @EventHandler
    @DisallowReplay
    void on(TouchTextErased event) {
        outbox.forgetTouchText(event.owner(), event.contactId());
    }

    static Document occasion(ReminderOccasion occasion) {
        return new Document("kind", occasion.kind().name())
                .append("key", occasion.key())
                .append("on", occasion.on().toString())
                .append("label", occasion.label());
    }
}
