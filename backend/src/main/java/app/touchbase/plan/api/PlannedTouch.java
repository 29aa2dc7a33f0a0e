package app.touchbase.plan.api;

import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.util.UUID;

/** Someone planned for a coming week; {@code status} is today's, so an overdue person still reads overdue. */
public record PlannedTouch(UUID contactId, String name, LocalDate nextTouchOn, TouchStatus status) {
}
