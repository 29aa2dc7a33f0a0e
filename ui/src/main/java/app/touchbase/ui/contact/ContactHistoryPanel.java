package app.touchbase.ui.contact;

import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The contact page's history: everything that happened to the contact, newest first, one line each. A click on a line,
 * or a day picked under "As of", shows the contact as it was then ({@link ContactAsOfDialog}).
 */
class ContactHistoryPanel extends Div {

    final UnorderedList list = new UnorderedList();
    final DatePicker asOf = Formats.isoDates(new DatePicker("As of"));
    private final Backend backend;
    private final SignedIn account;
    private final Supplier<UUID> contactId;

    ContactHistoryPanel(Backend backend, SignedIn account, Supplier<UUID> contactId) {
        this.backend = backend;
        this.account = account;
        this.contactId = contactId;
        asOf.setMax(account.today());
        asOf.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                ContactAsOfDialog.atEndOf(backend, account, contactId.get(), change.getValue()).open();
                asOf.clear();
            }
        });
        add(new H3("History"), asOf, list);
    }

    void show(List<TimelineEntry> timeline) {
        list.removeAll();
        timeline.forEach(entry -> {
            ListItem item = new ListItem(describe(entry));
            item.addClickListener(click -> new ContactAsOfDialog(backend, account, contactId.get(), entry.recordedAt()).open());
            item.getElement().setAttribute("title", "Show the contact as it was then");
            item.getStyle().set("cursor", "pointer");
            list.add(item);
        });
    }

    private String describe(TimelineEntry entry) {
        return Formats.moment(entry.recordedAt(), account.zone()) + " — " + entry.summary()
                + (entry.on() == null ? "" : " · on " + Formats.day(entry.on()))
                + (entry.detail() == null ? "" : " — " + entry.detail());
    }
}
