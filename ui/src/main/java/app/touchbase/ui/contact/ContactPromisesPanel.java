package app.touchbase.ui.contact;

import app.touchbase.contact.api.ContactSummary;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.followup.api.RemoveFollowUp;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.SmallButtons;
import app.touchbase.ui.base.StatusBadge;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.LocalDate;
import java.util.List;

/** The contact page's open promises: Done when kept, or changed, or taken back. */
class ContactPromisesPanel extends Div {

    final UnorderedList list = new UnorderedList();
    private final Backend backend;
    private final SignedIn account;
    private List<Object> shown;

    ContactPromisesPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        add(new H3("Promises"), list);
    }

    /** Read anew on every refresh: the promises are their own read model, which may catch up after the contact's. */
    void show(ContactSummary contact) {
        LocalDate today = account.today();
        List<FollowUp> open = backend.query(new ListOpenFollowUps(account.owner(), contact.contactId()), OpenFollowUps.class)
                .followUps();
        if (List.of(contact, today, open).equals(shown)) {
            return;
        }
        shown = List.of(contact, today, open);
        list.removeAll();
        open.forEach(promise -> {
            ListItem item = new ListItem(new Span(promise.text() + " · due " + Formats.day(promise.dueOn()) + " "));
            if (promise.dueOn().isBefore(today)) {
                item.addComponentAsFirst(new StatusBadge("Late", StatusBadge.Tone.ALARM));
            }
            // a promise can still be kept after the contact was archived
            item.add(SmallButtons.of("Done", () -> Feedback.send(backend,
                            new CompleteFollowUp(contact.contactId(), account.owner(), promise.followUpId()), "Promise kept"), false),
                    SmallButtons.of("Change", () -> new FollowUpDialog(backend, account.owner(), contact.contactId(),
                            contact.details().name(), today, promise, FormDialog.PAGE_FOLLOWS).open(), contact.archived()),
                    SmallButtons.of("Remove", () -> confirmRemoving(contact, promise), contact.archived()));
            list.add(item);
        });
        if (open.isEmpty()) {
            list.add(new ListItem("No open promises."));
        }
    }

    private void confirmRemoving(ContactSummary contact, FollowUp promise) {
        ConfirmDialog confirm = new ConfirmDialog("Take back this promise?", promise.text() + " is no longer something you owe "
                + contact.details().name() + ", and you will not be reminded about it. The history keeps that it was promised.",
                "Remove", click -> Feedback.send(backend, new RemoveFollowUp(contact.contactId(), account.owner(),
                promise.followUpId()), "Promise taken back"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
