package app.touchbase.mail.automation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.deadline.DeadlineManager;

import java.time.Instant;
import java.util.Objects;

/**
 * The single deadline a saga keeps: when it is due and the schedule id to cancel it by (JobRunr's OSS deadline
 * manager cannot cancel all of a saga's deadlines, so the id is kept). Stored with the saga.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class OneDeadline {

    private final String name;
    private String scheduleId;
    private Instant dueAt;

    OneDeadline() {
        this(null);
    }

    OneDeadline(String name) {
        this.name = name;
    }

    Instant dueAt() {
        return dueAt;
    }

    /**
     * A deadline fired. A job fires at or after its moment, so a deadline kept for later than {@code now} is not the
     * one that fired: an event moved it while the old job was already running (JobRunr then logs that it could not
     * mark the old job done, as the move deleted it). That later deadline stays; forgetting it would leave its job
     * running beside the next one scheduled.
     */
    void fired(Instant now) {
        if (dueAt != null && dueAt.isAfter(now)) {
            return;
        }
        scheduleId = null;
        dueAt = null;
    }

    /** Moves the deadline to {@code next} (none when null); a moment already past fires as soon as it can. */
    void moveTo(Instant next, Object payload, DeadlineManager deadlines, Instant now) {
        if (Objects.equals(next, dueAt) && (next == null || scheduleId != null)) {
            return;
        }
        if (scheduleId != null) {
            deadlines.cancelSchedule(name, scheduleId);
        }
        dueAt = next;
        scheduleId = next == null ? null : deadlines.schedule(next.isBefore(now) ? now : next, name, payload);
    }
}
