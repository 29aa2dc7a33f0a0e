package app.touchbase.occasion.read;

import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One open follow-up; its day is a BSON date at midnight UTC. Public only because the driver's record codec reads the
 * components reflectively; nothing outside this package uses it.
 */
public record FollowUpRow(@BsonId UUID followUpId, UUID contactId, String owner, String text, LocalDate dueOn)
        implements OfContact {

    static FollowUpRow of(FollowUpAdded event) {
        return new FollowUpRow(event.followUpId(), event.contactId(), event.owner(), event.text(), event.dueOn());
    }

    static FollowUpRow of(FollowUpChanged event) {
        return new FollowUpRow(event.followUpId(), event.contactId(), event.owner(), event.text(), event.dueOn());
    }

    FollowUp view(String contactName) {
        return new FollowUp(followUpId, contactId, contactName, text, dueOn);
    }
}
