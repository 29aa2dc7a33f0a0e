package app.touchbase.mail.outbox;

import app.touchbase.platform.mongo.BsonTime;
import app.touchbase.reminder.api.DeliveryHealth;
import app.touchbase.reminder.api.FetchDeliveryHealth;
import app.touchbase.reminder.api.FetchOutboxTotals;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.OutboxTotals;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

@Component
class OutboxQueries {

    static final int MAX_LIST = 200;

    private final MailOutbox outbox;
    private final MailTransport transport;

    OutboxQueries(MailOutbox outbox, MailTransport transport) {
        this.outbox = outbox;
        this.transport = transport;
    }

    @QueryHandler
    Outbox handle(ListOutbox query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIST));
        return new Outbox(outbox.newest(query.owner(), limit).stream().map(MailOutbox::view).toList());
    }

    @QueryHandler
    OutboxTotals handle(FetchOutboxTotals query) {
        return new OutboxTotals(outbox.count(MailStatus.PENDING, false), outbox.count(MailStatus.PENDING, true),
                outbox.count(MailStatus.FAILED, false), outbox.count(MailStatus.KEPT, false), outbox.count(MailStatus.SENT, false));
    }

    @QueryHandler
    DeliveryHealth handle(FetchDeliveryHealth query) {
        List<Document> mails = outbox.all(query.owner());
        Instant lastSent = mails.stream().map(mail -> BsonTime.instant(mail.getDate("sentAt")))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        long pending = count(mails, MailStatus.PENDING);
        long failing = mails.stream().filter(mail -> status(mail) == MailStatus.PENDING && mail.getInteger("attempts", 0) > 0).count();
        Document lastError = mails.stream().filter(mail -> mail.getDate("lastErrorAt") != null)
                .max(Comparator.comparing(mail -> mail.getDate("lastErrorAt"))).orElse(null);
        return new DeliveryHealth(transport.configured(), lastSent, pending, failing, count(mails, MailStatus.FAILED),
                lastError == null ? null : lastError.getString("lastError"),
                lastError == null ? null : BsonTime.instant(lastError.getDate("lastErrorAt")));
    }

    private static long count(List<Document> mails, MailStatus status) {
        return mails.stream().filter(mail -> status(mail) == status).count();
    }

    private static MailStatus status(Document mail) {
        return MailStatus.valueOf(mail.getString("status"));
    }
}
