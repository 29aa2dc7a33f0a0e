package app.touchbase.contact.api;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a merged-away contact hands to the contact it is merged into: its live touches, facts, important dates,
 * promises (open and kept), its own keep-in-touch rules (the cadence among them) with the snoozes of each, the
 * snooze of the whole contact, the circles it is in, and the keys of the occasions it was already reminded about (so
 * the pair is not reminded twice).
 */
public record MergedItems(List<Touch> touches, List<Fact> facts, List<Date> dates, List<Promise> promises,
                          List<KeepInTouchRule> rules, List<UUID> circleIds, Set<String> remindedOccasions,
                          LocalDate snoozedUntil, Map<String, LocalDate> ruleSnoozes) {

    public static final MergedItems NONE = new MergedItems(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());

    public MergedItems {
        touches = touches == null ? List.of() : List.copyOf(touches);
        facts = facts == null ? List.of() : List.copyOf(facts);
        dates = dates == null ? List.of() : List.copyOf(dates);
        promises = promises == null ? List.of() : List.copyOf(promises);
        rules = rules == null ? List.of() : List.copyOf(rules);
        circleIds = circleIds == null ? List.of() : List.copyOf(circleIds);
        remindedOccasions = remindedOccasions == null ? Set.of() : Set.copyOf(remindedOccasions);
        ruleSnoozes = ruleSnoozes == null ? Map.of() : Map.copyOf(ruleSnoozes);
    }

    public MergedItems(List<Touch> touches, List<Fact> facts, List<Date> dates, List<Promise> promises,
                       List<KeepInTouchRule> rules, List<UUID> circleIds, Set<String> remindedOccasions) {
        this(touches, facts, dates, promises, rules, circleIds, remindedOccasions, null, Map.of());
    }

    public record Touch(UUID interactionId, InteractionType type, LocalDate occurredOn, Direction direction, String notes,
                        boolean awaitingReply) {
    }

    public record Date(UUID dateId, String label, MonthDay day, Integer year, int noticeDays) {
    }

    /** A promise; {@code completedAt} is when it was kept, null while it is open. */
    public record Promise(UUID followUpId, String text, LocalDate dueOn, Instant completedAt) {

        public Promise(UUID followUpId, String text, LocalDate dueOn) {
            this(followUpId, text, dueOn, null);
        }
    }
}
