package app.touchbase.asof.api;

import java.time.LocalDate;

/**
 * How many contacts with a keep-in-touch rule stood where at the end of one day, each by its most urgent rule:
 * {@code inTouch} (due soon included), {@code snoozed}, {@code due} and {@code overdue}. Contacts without a rule, and
 * archived ones, are not counted.
 */
public record NetworkDay(LocalDate day, int inTouch, int snoozed, int due, int overdue) {

    public int total() {
        return inTouch + snoozed + due + overdue;
    }
}
