package app.touchbase.contact.api;

import java.util.UUID;

/**
 * One page of the owner's contacts, sorted by name. {@code text} matches name, company, role, email, postal address
 * (a street, town or postcode) or what is remembered about them (case-insensitive, anywhere in the value), or the notes
 * of their touches (each of its words begins a word of one touch's notes, in any order; in scripts written without
 * spaces, anywhere); {@code tag} must match one tag exactly; {@code circleId} keeps the
 * members of one circle; {@code withoutRules} keeps those no rule keeps in touch yet. Any may be null or false.
 */
public record SearchContacts(String owner, String text, String tag, UUID circleId, boolean withoutRules,
                             boolean includeArchived, int offset, int limit) {

    public static final int MAX_PAGE = 500;
    public static final int MAX_TEXT = 200;

    public SearchContacts(String owner, String text, String tag, boolean includeArchived, int offset, int limit) {
        this(owner, text, tag, null, false, includeArchived, offset, limit);
    }

    public static SearchContacts all(String owner) {
        return new SearchContacts(owner, null, null, false, 0, MAX_PAGE);
    }
}
