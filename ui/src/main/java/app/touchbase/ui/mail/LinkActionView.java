package app.touchbase.ui.mail;

import app.touchbase.reminder.api.FollowReminderLink;
import app.touchbase.reminder.api.InspectReminderLink;
import app.touchbase.reminder.api.LinkAction;
import app.touchbase.reminder.api.ReminderLinkView;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the buttons in reminder mails lead; works without signing in, because the signed link is the permission.
 * The action runs once the browser has loaded the page and answered the server, so one click does it, while mail
 * scanners that merely fetch links (and run no script) change nothing.
 */
@Route("act/:token")
@PageTitle("Touchbase")
@AnonymousAllowed
public class LinkActionView extends VerticalLayout implements BeforeEnterObserver {

    public final Paragraph message = new Paragraph();
    final Anchor open = new Anchor("", "Open Touchbase");
    private final Backend backend;
    private String token;
    private ReminderLinkView link;

    public LinkActionView(Backend backend) {
        this.backend = backend;
        setMaxWidth("32rem");
        message.setId("link-result");
        add(new H1("Touchbase"), message, open);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        link = backend.query(new InspectReminderLink(token), ReminderLinkView.class);
        if (link.problem() != null) {
            message.setText(link.problem());
        } else {
            message.setText(working(link.action(), link.contactName()));
            open.setHref("contacts/" + link.contactId());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (link != null && link.problem() == null) {
            getElement().executeJs("return true").then(answer -> follow());
        }
    }

    public void follow() {
        try {
            message.setText(backend.send(new FollowReminderLink(token)));
        } catch (RuntimeException refused) {
            message.setText(Feedback.messageFor(refused));
        }
    }

    private static String working(LinkAction action, String name) {
        return switch (action) {
            case GOT_IN_TOUCH -> "Logging that you got in touch with " + name + "…";
            case SNOOZE_WEEK -> "Snoozing " + name + " for a week…";
            case SKIP_CYCLE -> "Skipping this cycle for " + name + "…";
            case SKIP_PLAN_WEEK -> "Skipping " + name + " in this week's plan…";
            case PLAN_NEXT_WEEK -> "Moving " + name + " to next week's plan…";
        };
    }
}
