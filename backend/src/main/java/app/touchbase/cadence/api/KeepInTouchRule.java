package app.touchbase.cadence.api;

import app.touchbase.interaction.api.InteractionType;

import java.time.Period;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How often to get in touch with someone, and which kinds of touch count: "any touch every 3 months", "coffee or
 * lunch once a year". No kinds means every touch counts. A contact's plain cadence is the rule {@value #CADENCE}.
 */
public record KeepInTouchRule(String ruleId, String label, Period every, Set<InteractionType> counts) {

    public static final String CADENCE = "cadence";
    public static final int MAX_LABEL = 100;
    public static final int MAX_ID = 60;
    public static final int MAX_RULES = 10;

    public KeepInTouchRule {
        counts = counts == null || counts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(counts));
    }

    /** What a contact's own rule ids may look like; a circle's rules are kept under {@link #ofCircle} ids. */
    public static final Pattern OWN_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    public static final String CIRCLE_PREFIX = "circle:";

    /** The plain cadence: any touch, this often. */
    public static KeepInTouchRule cadence(Period every) {
        return new KeepInTouchRule(CADENCE, "Cadence", every, Set.of());
    }

    /** The rule as one member of the circle keeps it: its id names the circle, its label leads with the circle's name. */
    public KeepInTouchRule ofCircle(CircleRef circle) {
        return new KeepInTouchRule(circleRuleId(circle.circleId(), ruleId), circle.name() + " · " + label, every, counts);
    }

    public static String circleRuleId(UUID circleId, String ruleId) {
        return circlePrefix(circleId) + ruleId;
    }

    public static String circlePrefix(UUID circleId) {
        return CIRCLE_PREFIX + circleId + ":";
    }

    /** Whether this rule came with a circle rather than being set on the contact itself. */
    public boolean fromCircle() {
        return ruleId.startsWith(CIRCLE_PREFIX);
    }

    public boolean counts(InteractionType type) {
        return counts.isEmpty() || counts.contains(type);
    }

    /** "any touch every 3 months", "coffee or lunch or meeting once a year". */
    public String describe() {
        String kinds = counts.isEmpty() ? "any touch"
                : counts.stream().sorted().map(type -> type.label().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
        return kinds + " " + CadencePreset.describe(every);
    }
}
