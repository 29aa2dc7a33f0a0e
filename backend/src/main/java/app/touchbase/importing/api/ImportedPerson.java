package app.touchbase.importing.api;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.shared.api.Personal;

import java.time.MonthDay;
import java.util.List;

/**
 * One person as read from a file: the details a contact is added with, a birthday (the year may be unknown), notes
 * worth remembering (each becomes a fact, e.g. the LinkedIn profile or the notes field) and other dates (each becomes
 * an important date; none in imports recorded before they were read).
 */
public record ImportedPerson(ContactDetails details, MonthDay birthday, Integer birthYear, @Personal List<String> notes,
                             List<ImportedDate> dates) {

    public ImportedPerson {
        notes = List.copyOf(notes);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    public ImportedPerson(ContactDetails details, MonthDay birthday, Integer birthYear, List<String> notes) {
        this(details, birthday, birthYear, notes, List.of());
    }

    public ImportedPerson withBirthYear(Integer year) {
        return new ImportedPerson(details, birthday, year, notes, dates);
    }

    public ImportedPerson withDates(List<ImportedDate> kept) {
        return new ImportedPerson(details, birthday, birthYear, notes, kept);
    }
}
