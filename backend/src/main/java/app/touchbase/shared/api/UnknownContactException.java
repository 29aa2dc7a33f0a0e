package app.touchbase.shared.api;

import java.util.UUID;

/** The contact does not exist in the caller's network (it may belong to someone else, which we never reveal). */
public class UnknownContactException extends TouchbaseException {

    private final UUID contactId;

    public UnknownContactException(UUID contactId) {
        super("There is no contact " + contactId + " in your network.");
        this.contactId = contactId;
    }

    public UUID contactId() {
        return contactId;
    }
}
