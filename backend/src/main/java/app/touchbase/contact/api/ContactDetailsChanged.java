package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Revision 2: the details carry postal addresses (none in older events). Revision 3: {@code phoneNumbers}, as in
 * {@link ContactAdded}: read in the owner's region when the details changed, or, in an older event, without a region.
 */
@Revision("3")
public record ContactDetailsChanged(UUID contactId, String owner, ContactDetails details,
                                    @Personal List<PhoneNumber> phoneNumbers, Instant changedAt) implements ContactEvent {

    public ContactDetailsChanged {
        phoneNumbers = PhoneNumber.orReadWithoutRegion(phoneNumbers, details);
    }

    /** The details' phones read without a region, as events written before phone numbers were read. */
    public ContactDetailsChanged(UUID contactId, String owner, ContactDetails details, Instant changedAt) {
        this(contactId, owner, details, null, changedAt);
    }
}
