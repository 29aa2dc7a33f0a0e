package app.touchbase.ui.contact;

import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.ui.base.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.ZoneId;
import java.util.List;

/** The contact page's history: everything that happened to the contact, newest first, one line each. */
class ContactHistoryPanel extends Div {

    final UnorderedList list = new UnorderedList();
    private final ZoneId zone;

    ContactHistoryPanel(ZoneId zone) {
        this.zone = zone;
        add(new H3("History"), list);
    }

    void show(List<TimelineEntry> timeline) {
        list.removeAll();
        timeline.forEach(entry -> list.add(new ListItem(describe(entry))));
    }

    private String describe(TimelineEntry entry) {
        return Formats.moment(entry.recordedAt(), zone) + " — " + entry.summary()
                + (entry.on() == null ? "" : " · on " + Formats.day(entry.on()))
                + (entry.detail() == null ? "" : " — " + entry.detail());
    }
}
