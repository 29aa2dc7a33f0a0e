package app.touchbase.contact.api;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a merged-away contact hands to the contact it is merged into: its live touches, facts, important dates, open
 * promises, its own keep-in-touch rules (the cadence among them), the circles it is in, and the keys of the occasions
 * it was already reminded about (so the pair is not reminded twice).
 */
public record MergedItems(List<Touch> touches, List<Fact> facts, List<Date> dates, List<Promise> promises,
                          List<KeepInTouchRule> rules, List<UUID> circleIds, Set<String> remindedOccasions) {

    public static final MergedItems NONE = new MergedItems(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Set.of());

    public MergedItems {
        touches = touches == null ? List.of() : List.copyOf(touches);
        facts = facts == null ? List.of() : List.copyOf(facts);
        dates = dates == null ? List.of() : List.copyOf(dates);
        promises = promises == null ? List.of() : List.copyOf(promises);
        rules = rules == null ? List.of() : List.copyOf(rules);
        circleIds = circleIds == null ? List.of() : List.copyOf(circleIds);
        remindedOccasions = remindedOccasions == null ? Set.of() : Set.copyOf(remindedOccasions);
    }

    public record Touch(UUID interactionId, InteractionType type, LocalDate occurredOn, Direction direction, String notes,
                        boolean awaitingReply) {
    }

    public record Date(UUID dateId, String label, MonthDay day, Integer year, int noticeDays) {
    }

    public record Promise(UUID followUpId, String text, LocalDate dueOn) {
    }
}
