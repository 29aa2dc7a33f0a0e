package app.touchbase.importantdate.api;

import java.time.LocalDate;
import java.time.MonthDay;

/** When a yearly date next comes round. 29 February falls on 28 February in other years. */
public interface Occurrences {

    static LocalDate nextOnOrAfter(MonthDay day, LocalDate from) {
        LocalDate thisYear = day.atYear(from.getYear());
        return thisYear.isBefore(from) ? day.atYear(from.getYear() + 1) : thisYear;
    }
}
