package app.touchbase.insights.api;

import java.time.LocalDate;
import java.util.UUID;

/** A person and how long ago they were last touched; both null for someone never touched. */
public record Untouched(UUID contactId, String name, LocalDate lastTouchOn, Integer daysSince) {

    public boolean neverTouched() {
        return lastTouchOn == null;
    }
}
