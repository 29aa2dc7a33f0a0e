package app.touchbase.shared.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Which key seals a piece of personal data: the account's own (its name, its e-mail address, its circles and
 * imports), a contact's (everything about the person), or a single touch's (its note, so it can be erased alone).
 * A key of a record nested in an event may leave the owner out; it is the owner of the event around it.
 */
public record PersonalDataKey(String owner, UUID contactId, UUID touchId) {

    public static PersonalDataKey account(String owner) {
        return new PersonalDataKey(owner, null, null);
    }

    public static PersonalDataKey contact(String owner, UUID contactId) {
        return new PersonalDataKey(owner, contactId, null);
    }

    public static PersonalDataKey touch(String owner, UUID contactId, UUID touchId) {
        return new PersonalDataKey(owner, contactId, touchId);
    }

    public PersonalDataKey ownedBy(String eventOwner) {
        return owner == null ? new PersonalDataKey(eventOwner, contactId, touchId) : this;
    }

    /** The name the key is stored and referred to by; it holds nothing personal but the account's user name, encoded. */
    public String id() {
        if (touchId != null) {
            return "touch-" + touchId;
        }
        if (contactId != null) {
            return "contact-" + contactId;
        }
        return "account-" + Base64.getUrlEncoder().withoutPadding().encodeToString(owner.getBytes(StandardCharsets.UTF_8));
    }
}
