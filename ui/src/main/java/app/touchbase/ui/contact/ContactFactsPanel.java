package app.touchbase.ui.contact;

import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.RemoveFact;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.SmallButtons;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The contact page's "what to remember": each fact to correct or forget. */
class ContactFactsPanel extends Div {

    final UnorderedList list = new UnorderedList();
    private final Backend backend;
    private final SignedIn account;

    ContactFactsPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        add(new H3("What to remember"), list);
    }

    void show(ContactSummary contact, List<Fact> facts) {
        list.removeAll();
        facts.forEach(fact -> list.add(new ListItem(new Span(describe(fact) + " "),
                SmallButtons.of("Change", () -> new FactDialog(backend, account.owner(), contact.contactId(), contact.details().name(),
                        fact, FormDialog.PAGE_FOLLOWS).open(), contact.archived()),
                SmallButtons.of("Remove", () -> confirmRemoving(contact, fact), contact.archived()))));
        if (facts.isEmpty()) {
            list.add(new ListItem("Nothing yet: kids' names, the project, the job search…"));
        }
    }

    private void confirmRemoving(ContactSummary contact, Fact fact) {
        ConfirmDialog confirm = new ConfirmDialog("Forget this?", describe(fact), "Remove",
                click -> Feedback.send(backend, new RemoveFact(contact.contactId(), account.owner(), fact.factId()), "Removed"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private static String describe(Fact fact) {
        return (fact.topic() == null ? "" : fact.topic() + ": ") + fact.text()
                + (fact.about() == null ? "" : " (" + Formats.day(fact.about()) + ")");
    }
}
