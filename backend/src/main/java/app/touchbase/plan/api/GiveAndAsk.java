package app.touchbase.plan.api;

import java.time.LocalDate;

/** What the owner gave and asked of one person in the twelve months before {@code until}, counted in live touches. */
public record GiveAndAsk(LocalDate since, LocalDate until, int gave, int asked, int neutral) {

    public static final int MONTHS = 12;

    /** Asked of them and gave nothing back: the plan says "offer something". */
    public boolean onlyAsked() {
        return asked > 0 && gave == 0;
    }

    /** "gave 2 · asked 1 in 12 months", or "nothing given or asked in 12 months". */
    public String describe() {
        if (gave == 0 && asked == 0) {
            return "nothing given or asked in " + MONTHS + " months";
        }
        return "gave " + gave + " · asked " + asked + " in " + MONTHS + " months" + (onlyAsked() ? ": offer something" : "");
    }
}
