package app.touchbase.contact.api;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.Personal;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Revision 2: the details carry postal addresses (none in older events). Revision 3: {@code phoneNumbers}, each of
 * the details' phones as libphonenumber read it in the owner's region when the contact was added; an older event
 * (where it is null) has its phones read without a region, so only those written with their country are understood.
 */
@Revision("3")
public record ContactAdded(UUID contactId, String owner, ContactDetails details, @Personal List<PhoneNumber> phoneNumbers,
                           Instant addedAt) implements ContactEvent {

    public ContactAdded {
        phoneNumbers = PhoneNumber.orReadWithoutRegion(phoneNumbers, details);
    }

    /** The details' phones read without a region, as events written before phone numbers were read. */
    public ContactAdded(UUID contactId, String owner, ContactDetails details, Instant addedAt) {
        this(contactId, owner, details, null, addedAt);
    }
}
