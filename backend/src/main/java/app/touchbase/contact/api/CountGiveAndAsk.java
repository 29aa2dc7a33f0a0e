package app.touchbase.contact.api;

import java.time.YearMonth;

/**
 * What the owner gave and asked in live touches, month by month from {@code from} to {@code to} (months in the owner's
 * zone, both included), counted from kept tallies rather than from the touches; answers {@link GiveAndAskCounts}. At most
 * {@link #MAX_MONTHS} months at once.
 */
public record CountGiveAndAsk(String owner, YearMonth from, YearMonth to) {

    public static final int MAX_MONTHS = 120;
}
