package app.touchbase.occasion.read;

import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.Occurrences;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

/**
 * One important date; the day of the year as month and day, the year only when known. Public only because the
 * driver's record codec reads the components reflectively; nothing outside this package uses it.
 */
public record ImportantDateRow(@BsonId UUID dateId, UUID contactId, String owner, String label, int month, int day,
                               Integer year, int noticeDays) implements OfContact {

    static ImportantDateRow of(ImportantDateAdded event) {
        return new ImportantDateRow(event.dateId(), event.contactId(), event.owner(), event.label(),
                event.day().getMonthValue(), event.day().getDayOfMonth(), event.year(), event.noticeDays());
    }

    static ImportantDateRow of(ImportantDateChanged event) {
        return new ImportantDateRow(event.dateId(), event.contactId(), event.owner(), event.label(),
                event.day().getMonthValue(), event.day().getDayOfMonth(), event.year(), event.noticeDays());
    }

    ImportantDate view(String contactName, LocalDate from) {
        MonthDay monthDay = MonthDay.of(month, day);
        return new ImportantDate(dateId, contactId, contactName, label, monthDay, year, noticeDays,
                Occurrences.nextOnOrAfter(monthDay, from));
    }
}
