package app.touchbase.plan.api;

import app.touchbase.contact.api.GiveAndAskCounts;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.interaction.api.Direction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the owner gave and asked in live touches from {@code since} to {@code until}, both days included: of one person
 * (or of everyone) over the twelve months the plan shows, or of the whole network in one month on the insights page.
 * The twelve months are calendar months: this one and the eleven before it, as the insights page shows them.
 */
public record GiveAndAsk(LocalDate since, LocalDate until, int gave, int asked, int neutral) {

    public static final int MONTHS = 12;

    /** The twelve months up to today, from one person's touches. */
    public static GiveAndAsk of(List<InteractionRecord> interactions, LocalDate today) {
        GiveAndAsk balance = none(since(today), today);
        for (InteractionRecord touch : interactions) {
            if (balance.covers(touch.occurredOn())) {
                balance = balance.plus(touch.direction());
            }
        }
        return balance;
    }

    /** The first day of the twelve months up to today: the first of the month eleven months before this one. */
    public static LocalDate since(LocalDate today) {
        return firstMonth(today).atDay(1);
    }

    public static YearMonth firstMonth(LocalDate today) {
        return YearMonth.from(today).minusMonths(MONTHS - 1L);
    }

    /** Counts kept for the days from {@code since} to {@code until}. */
    public static GiveAndAsk of(LocalDate since, LocalDate until, GiveAndAskCounts.Tally tally) {
        return new GiveAndAsk(since, until, tally.gave(), tally.asked(), tally.neutral());
    }

    /** Nothing counted yet between the two days. */
    public static GiveAndAsk none(LocalDate since, LocalDate until) {
        return new GiveAndAsk(since, until, 0, 0, 0);
    }

    /** Whether a touch on {@code day} falls in this stretch. */
    public boolean covers(LocalDate day) {
        return day != null && !day.isBefore(since) && !day.isAfter(until);
    }

    /** These counts and one more touch; a touch without a direction is neutral. */
    public GiveAndAsk plus(Direction direction) {
        return of(since, until, new GiveAndAskCounts.Tally(gave, asked, neutral).plus(direction));
    }

    public int total() {
        return gave + asked + neutral;
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
