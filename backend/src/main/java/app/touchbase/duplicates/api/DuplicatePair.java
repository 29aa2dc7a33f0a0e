package app.touchbase.duplicates.api;

import app.touchbase.contact.api.ContactSummary;

import java.util.List;
import java.util.UUID;

/** Two contacts that look like one person, and why: {@code first} sorts before {@code second} by name. */
public record DuplicatePair(ContactSummary first, ContactSummary second, List<DuplicateReason> reasons) {

    public DuplicatePair {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public boolean involves(UUID contactId) {
        return first.contactId().equals(contactId) || second.contactId().equals(contactId);
    }
}
