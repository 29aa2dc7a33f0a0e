package app.touchbase.plan.api;

import app.touchbase.contact.api.DirectionTally;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.interaction.api.Direction;

import java.time.LocalDate;
import java.util.List;

/** What the owner gave and asked of one person (or of everyone) in the twelve months before {@code until}, counted in live touches. */
public record GiveAndAsk(LocalDate since, LocalDate until, int gave, int asked, int neutral) {

    public static final int MONTHS = 12;

    /** The twelve months up to today, from one person's touches. */
    public static GiveAndAsk of(List<InteractionRecord> interactions, LocalDate today) {
        LocalDate since = since(today);
        int[] counts = new int[Direction.values().length];
        interactions.stream()
                .filter(touch -> touch.occurredOn() != null && !touch.occurredOn().isBefore(since) && !touch.occurredOn().isAfter(today))
                .forEach(touch -> counts[(touch.direction() == null ? Direction.NEUTRAL : touch.direction()).ordinal()]++);
        return new GiveAndAsk(since, today, counts[Direction.GAVE.ordinal()], counts[Direction.ASKED.ordinal()],
                counts[Direction.NEUTRAL.ordinal()]);
    }

    /** The twelve months up to today, from a tally over exactly that span (or nothing when there was no touch). */
    public static GiveAndAsk of(DirectionTally tally, LocalDate today) {
        return tally == null ? new GiveAndAsk(since(today), today, 0, 0, 0)
                : new GiveAndAsk(since(today), today, tally.gave(), tally.asked(), tally.neutral());
    }

    public static LocalDate since(LocalDate today) {
        return today.minusMonths(MONTHS);
    }

    /** Asked of them and gave nothing back: the plan says "offer something". */
    public boolean onlyAsked() {
        return asked > 0 && gave == 0;
    }

    /** Asked more than given: the owner owes them a favour. */
    public boolean owesAFavour() {
        return asked > gave;
    }

    /** "gave 2 · asked 1 in 12 months", or "nothing given or asked in 12 months". */
    public String describe() {
        if (gave == 0 && asked == 0) {
            return "nothing given or asked in " + MONTHS + " months";
        }
        return "gave " + gave + " · asked " + asked + " in " + MONTHS + " months" + (onlyAsked() ? ": offer something" : "");
    }
}
