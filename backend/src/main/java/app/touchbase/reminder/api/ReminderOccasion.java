package app.touchbase.reminder.api;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.shared.api.Personal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One reason to remind the owner about a contact. The key names the occasion for good (the touch cycle, the
 * date's occurrence, the follow-up), so the contact can tell whether it was already reminded about it.
 * {@code subjectId} is the important date or follow-up it is about (null for a touch); {@code on} is the day it
 * falls on in the owner's time zone.
 */
public record ReminderOccasion(OccasionKind kind, String key, UUID subjectId, LocalDate on, @Personal String label) {

    public static ReminderOccasion touch(String ruleId, LocalDate nextTouchOn, String label) {
        return new ReminderOccasion(OccasionKind.TOUCH, touchKey(ruleId, nextTouchOn), null, nextTouchOn, label);
    }

    public static ReminderOccasion importantDate(UUID dateId, LocalDate occurrence, String label) {
        return new ReminderOccasion(OccasionKind.IMPORTANT_DATE, "date:" + dateId + ":" + occurrence, dateId, occurrence, label);
    }

    public static ReminderOccasion followUp(UUID followUpId, LocalDate dueOn, String label) {
        return new ReminderOccasion(OccasionKind.FOLLOW_UP, followUpKey(followUpId), followUpId, dueOn, label);
    }

    /** A promise is reminded about once; moving its due day makes it a new occasion (see {@code FollowUpChanged}). */
    public static String followUpKey(UUID followUpId) {
        return "follow-up:" + followUpId;
    }

    /**
     * A touch cycle is named by its rule and the day it falls due: a snooze or a new touch starts another cycle. The
     * plain cadence keeps the key it always had.
     */
    public static String touchKey(String ruleId, LocalDate nextTouchOn) {
        return KeepInTouchRule.CADENCE.equals(ruleId) ? "touch:" + nextTouchOn : "touch:" + ruleId + ":" + nextTouchOn;
    }
}
