package app.touchbase.nexttouch.api;

import java.util.List;
import java.util.UUID;

/**
 * The next touch of each of these contacts that has a rule and is not archived, as {@link ListNextTouches} lists them;
 * at most {@link #MAX_CONTACTS} contacts at once.
 */
public record ListNextTouchesOf(String owner, List<UUID> contactIds) {

    public static final int MAX_CONTACTS = 500;

    public ListNextTouchesOf {
        contactIds = contactIds == null ? null : List.copyOf(contactIds);
    }
}
