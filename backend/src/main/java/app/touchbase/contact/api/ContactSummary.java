package app.touchbase.contact.api;

import app.touchbase.cadence.api.CircleRef;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact as lists show it: {@code phoneNumbers} the details' phones as they were read when stored, {@code circles}
 * by name, {@code hasRules} whether any rule (its own or a circle's) keeps it in touch.
 */
public record ContactSummary(UUID contactId, ContactDetails details, List<PhoneNumber> phoneNumbers, boolean archived,
                             Instant addedAt, List<CircleRef> circles, boolean hasRules) {

    public ContactSummary {
        phoneNumbers = PhoneNumber.orReadWithoutRegion(phoneNumbers, details);
        circles = circles == null ? List.of() : List.copyOf(circles);
    }

    /** The details' phones read without a region. */
    public ContactSummary(UUID contactId, ContactDetails details, boolean archived, Instant addedAt,
                          List<CircleRef> circles, boolean hasRules) {
        this(contactId, details, null, archived, addedAt, circles, hasRules);
    }

    public ContactSummary(UUID contactId, ContactDetails details, boolean archived, Instant addedAt) {
        this(contactId, details, archived, addedAt, List.of(), false);
    }

    public boolean inCircle(UUID circleId) {
        return circles.stream().anyMatch(circle -> circle.circleId().equals(circleId));
    }
}
