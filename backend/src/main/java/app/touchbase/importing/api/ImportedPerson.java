package app.touchbase.importing.api;

import app.touchbase.contact.api.ContactDetails;

import java.time.MonthDay;
import java.util.List;

/**
 * One person as read from a file: the details a contact is added with, a birthday (the year may be unknown), and
 * notes worth remembering (each becomes a fact, e.g. the LinkedIn profile or the notes field).
 */
public record ImportedPerson(ContactDetails details, MonthDay birthday, Integer birthYear, List<String> notes) {

    public ImportedPerson {
        notes = List.copyOf(notes);
    }
}
