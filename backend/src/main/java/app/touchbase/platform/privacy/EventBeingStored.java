package app.touchbase.platform.privacy;

import java.util.function.Supplier;

/** The id of the event being written, bound to the sealing of its personal fields as associated data. */
final class EventBeingStored {

    private static final ThreadLocal<String> ID = new ThreadLocal<>();

    private EventBeingStored() {
    }

    static <T> T with(String eventId, Supplier<T> work) {
        String outer = ID.get();
        ID.set(eventId);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                ID.remove();
            } else {
                ID.set(outer);
            }
        }
    }

    static String id() {
        String id = ID.get();
        if (id == null) {
            throw new IllegalStateException("Personal data can only be sealed while an event is stored");
        }
        return id;
    }
}
