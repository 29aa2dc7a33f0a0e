package app.touchbase.nexttouch.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code touched}: the contacts whose latest touch is oldest, oldest first. {@code neverTouched}: contacts without any
 * live touch, by name, and how many there are in all.
 */
public record LongestUntouched(List<Contact> touched, List<Contact> neverTouched, int neverTouchedCount) {

    public LongestUntouched {
        touched = List.copyOf(touched);
        neverTouched = List.copyOf(neverTouched);
    }

    /** {@code lastTouchOn} is null for a contact never touched. */
    public record Contact(UUID contactId, String name, LocalDate lastTouchOn) {
    }
}
