package app.touchbase.contact.api;

/**
 * One page of the owner's contacts, sorted by name. {@code text} matches name, company, role or email
 * (case-insensitive, anywhere in the value); {@code tag} must match one tag exactly. Either may be null.
 */
public record SearchContacts(String owner, String text, String tag, boolean includeArchived, int offset, int limit) {

    public static final int MAX_PAGE = 500;

    public static SearchContacts all(String owner) {
        return new SearchContacts(owner, null, null, false, 0, MAX_PAGE);
    }
}
