package app.touchbase.ui;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.NextTouch;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The start page: who is due, most urgent first. */
@Route("")
@PageTitle("Touchbase")
public class StartView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    public StartView(QueryGateway queries, UiAccount account) {
        setMaxWidth("60rem");
        add(new H1("Touchbase"));

        long contacts = queries.query(new SearchContacts(account.owner(), null, null, false, 0, 1),
                ResponseTypes.instanceOf(ContactPage.class)).join().total();
        DueTouches due = queries.query(new ListDueTouches(account.owner()), ResponseTypes.instanceOf(DueTouches.class)).join();

        Paragraph summary = new Paragraph(summary(contacts, due.touches().size()));
        summary.setId("summary");
        add(summary);

        Grid<NextTouch> grid = new Grid<>();
        grid.setId("due-touches");
        grid.addColumn(NextTouch::name).setHeader("Who").setAutoWidth(true);
        grid.addColumn(touch -> touch.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(touch -> touch.nextTouchAt().atZone(ZoneId.systemDefault()).format(DAY)).setHeader("Next touch");
        grid.addColumn(touch -> CadencePreset.describe(touch.cadence())).setHeader("Cadence");
        grid.setItems(due.touches());
        grid.setAllRowsVisible(true);
        grid.setVisible(!due.touches().isEmpty());
        add(grid);
    }

    static String summary(long contacts, int due) {
        if (contacts == 0) {
            return "Your network is empty. Add the people you want to stay in touch with.";
        }
        if (due == 0) {
            return "You are in touch with all " + contacts + (contacts == 1 ? " contact." : " contacts.") + " Nobody is due.";
        }
        return due + (due == 1 ? " person is" : " people are") + " waiting to hear from you.";
    }
}
