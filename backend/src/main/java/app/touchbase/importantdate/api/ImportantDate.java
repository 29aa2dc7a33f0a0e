package app.touchbase.importantdate.api;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

/** An important date as the read side shows it, with its next occurrence on or after the day asked about. */
public record ImportantDate(UUID dateId, UUID contactId, String contactName, String label, MonthDay day, Integer year,
                            int noticeDays, LocalDate nextOccurrence) {

    /** "turns 40" when the year is known, else nothing. */
    public Integer yearsAt(LocalDate occurrence) {
        return year == null ? null : occurrence.getYear() - year;
    }
}
