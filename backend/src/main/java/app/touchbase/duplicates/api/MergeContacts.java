package app.touchbase.duplicates.api;

import app.touchbase.contact.api.ContactDetails;

import java.util.UUID;

/**
 * Makes two contacts one: {@code keptContactId} takes {@code details} (each field chosen from either contact, lists
 * may be united) and copies of the other's touches, facts, important dates, open promises, own rules and circles;
 * {@code mergedContactId} is archived as "merged into" the kept one, its own history untouched. Undone by {@link UndoMerge}.
 */
public record MergeContacts(String owner, UUID keptContactId, UUID mergedContactId, ContactDetails details) {
}
