package app.touchbase.ui.contact;

import app.touchbase.contact.api.ContactSummary;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.SmallButtons;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The contact page's important dates, each with its next occurrence and reminder, to change or remove. */
class ContactDatesPanel extends Div {

    static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    final UnorderedList list = new UnorderedList();
    private final Backend backend;
    private final SignedIn account;
    private List<Object> shown;

    ContactDatesPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        add(new H3("Dates"), list);
    }

    /** Read anew on every refresh: the dates are their own read model, which may catch up after the contact's. */
    void show(ContactSummary contact) {
        List<ImportantDate> known = backend.query(new ListContactDates(account.owner(), contact.contactId(), account.today()),
                ImportantDates.class).dates();
        if (List.of(contact, known).equals(shown)) {
            return;
        }
        shown = List.of(contact, known);
        list.removeAll();
        String name = contact.details().name();
        known.forEach(date -> list.add(new ListItem(new Span(describe(date) + " "),
                SmallButtons.of("Change", () -> new ImportantDateDialog(backend, account.owner(), contact.contactId(), name, date,
                        FormDialog.PAGE_FOLLOWS).open(), contact.archived()),
                SmallButtons.of("Remove", () -> Feedback.send(backend,
                        new RemoveImportantDate(contact.contactId(), account.owner(), date.dateId()), "Date removed"), contact.archived()))));
        if (known.isEmpty()) {
            list.add(new ListItem("No dates yet: a birthday (the year is optional), an anniversary…"));
        }
    }

    /** "Birthday · 9 December 1906 · next 9 Dec 2026 (120) · reminder 3 days before". */
    static String describe(ImportantDate date) {
        Integer years = date.yearsAt(date.nextOccurrence());
        return date.label() + " · " + date.day().format(DAY_MONTH) + (date.year() == null ? "" : " " + date.year())
                + " · next " + Formats.day(date.nextOccurrence()) + (years == null ? "" : " (" + years + ")")
                + (date.noticeDays() == 0 ? " · reminder on the day" : " · reminder " + date.noticeDays() + " days before");
    }
}
