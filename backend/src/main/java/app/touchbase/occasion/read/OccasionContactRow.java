package app.touchbase.occasion.read;

import app.touchbase.contact.api.ContactAdded;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.UUID;

/**
 * What the occasion lists need to know of a contact: the name to show and whether it is archived. Public only because
 * the driver's record codec reads the components reflectively; nothing outside this package uses it.
 */
public record OccasionContactRow(@BsonId UUID contactId, String name, boolean archived) {

    static OccasionContactRow of(ContactAdded event) {
        return new OccasionContactRow(event.contactId(), event.details().name(), false);
    }
}
