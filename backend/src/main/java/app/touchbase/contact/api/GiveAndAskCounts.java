package app.touchbase.contact.api;

import app.touchbase.interaction.api.Direction;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

/**
 * The owner's touches in the months asked for, by direction: each person's over all those months (only people with a
 * touch in them), and the whole network's in each month (only months with a touch). A contact merged into another is
 * left out: the kept contact holds copies of its touches, which count instead.
 */
public record GiveAndAskCounts(Map<UUID, Tally> people, Map<YearMonth, Tally> months) {

    public GiveAndAskCounts {
        people = Map.copyOf(people);
        months = Map.copyOf(months);
    }

    public Tally of(UUID contactId) {
        return people.getOrDefault(contactId, Tally.NONE);
    }

    public Tally in(YearMonth month) {
        return months.getOrDefault(month, Tally.NONE);
    }

    /** Touches in which the owner gave, asked, or neither; a touch without a direction counts as neither. */
    public record Tally(int gave, int asked, int neutral) {

        public static final Tally NONE = new Tally(0, 0, 0);

        public Tally plus(Tally other) {
            return new Tally(gave + other.gave, asked + other.asked, neutral + other.neutral);
        }

        public Tally plus(Direction direction) {
            return switch (direction == null ? Direction.NEUTRAL : direction) {
                case GAVE -> new Tally(gave + 1, asked, neutral);
                case ASKED -> new Tally(gave, asked + 1, neutral);
                case NEUTRAL -> new Tally(gave, asked, neutral + 1);
            };
        }

        public int total() {
            return gave + asked + neutral;
        }
    }
}
