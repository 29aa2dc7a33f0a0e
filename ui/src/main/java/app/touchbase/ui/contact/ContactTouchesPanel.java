package app.touchbase.ui.contact;

import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.EraseTouchText;
import app.touchbase.interaction.api.MarkReplied;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.SmallButtons;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/**
 * The contact page's touches, newest first, each to correct or remove. On a phone each touch is one card led by its
 * notes, which are what the page is for.
 */
class ContactTouchesPanel extends Div {

    static final String ACTIONS = "interaction-actions";
    static final String PHONE_CARD = "card";

    final Grid<InteractionRecord> grid = new Grid<>();
    final Paragraph balance = new Paragraph();
    private final List<Grid.Column<InteractionRecord>> wideColumns;
    private final Grid.Column<InteractionRecord> phoneColumn;
    private final Backend backend;
    private final SignedIn account;
    private ContactSummary contact;

    ContactTouchesPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        wideColumns = List.of(
                grid.addColumn(touch -> Formats.day(touch.occurredOn())).setHeader("When").setAutoWidth(true),
                grid.addColumn(ContactTouchesPanel::what).setHeader("What").setAutoWidth(true),
                grid.addColumn(touch -> touch.direction().label()).setHeader("Gave / asked").setAutoWidth(true),
                grid.addColumn(touch -> touch.notes() == null ? "" : touch.notes()).setHeader("Notes").setFlexGrow(1),
                grid.addComponentColumn(this::actions).setKey(ACTIONS).setAutoWidth(true));
        phoneColumn = grid.addComponentColumn(this::card).setKey(PHONE_CARD).setHeader("Touches");
        phoneColumn.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        balance.setId("give-and-ask");
        add(new H3("Touches"), balance, grid);
    }

    void show(ContactSummary contact, List<InteractionRecord> touches) {
        this.contact = contact;
        grid.setItems(touches);
        balance.setText(balance(GiveAndAsk.of(touches, account.today())));
    }

    /**
     * "Since 1 Dec 2025 you gave 2 and asked 1." (this month and the eleven before) and, when they only asked, a nudge
     * to offer something.
     */
    static String balance(GiveAndAsk balance) {
        String since = Formats.day(balance.since());
        if (balance.gave() + balance.asked() == 0) {
            return "Nothing given or asked since " + since + ".";
        }
        return "Since " + since + " you gave " + balance.gave() + " and asked " + balance.asked() + "."
                + (balance.onlyAsked() ? " You have only asked of them: offer something next time." : "");
    }

    /** "Email · waiting for their reply" while the owner waits for an answer to it. */
    static String what(InteractionRecord touch) {
        return touch.type().label() + (touch.awaitingReply() ? " · waiting for their reply" : "");
    }

    void layOutFor(boolean narrow) {
        wideColumns.forEach(column -> column.setVisible(!narrow));
        phoneColumn.setVisible(narrow);
    }

    /** "12 Mar 2026 · Coffee or lunch (gave)", the notes in full below, then the actions. */
    private VerticalLayout card(InteractionRecord touch) {
        Span when = new Span(Formats.day(touch.occurredOn()) + " · " + what(touch)
                + (touch.direction() == Direction.NEUTRAL ? "" : " (" + touch.direction().label().toLowerCase() + ")"));
        when.getStyle().set("font-weight", "600");
        VerticalLayout card = new VerticalLayout(when);
        if (touch.notes() != null) {
            Span notes = new Span(touch.notes());
            notes.getStyle().set("white-space", "pre-wrap");
            card.add(notes);
        }
        card.add(actions(touch));
        card.setPadding(false);
        card.setSpacing(false);
        return card;
    }

    private Component actions(InteractionRecord touch) {
        boolean archived = contact != null && contact.archived();
        Button replied = SmallButtons.of("They replied", () -> Feedback.send(backend,
                new MarkReplied(contact.contactId(), account.owner()), contact.details().name() + " replied: no longer waiting"), archived);
        replied.setVisible(touch.awaitingReply());
        return new HorizontalLayout(replied,
                SmallButtons.of("Correct", () -> LogTouchDialog.correcting(backend, account, contact.contactId(),
                        contact.details().name(), touch, FormDialog.PAGE_FOLLOWS).open(), archived),
                SmallButtons.of("Remove", () -> confirmRemoving(touch), archived));
    }

    /** A note may hold what should not be kept at all: removing the touch offers to erase it for good too. */
    void confirmRemoving(InteractionRecord touch) {
        Checkbox eraseText = new Checkbox("Also erase what its note said, for good");
        eraseText.setVisible(touch.notes() != null);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Remove this touch?");
        confirm.setText(new Div(new Paragraph(touch.type().label() + " on " + Formats.day(touch.occurredOn())
                + " no longer counts for the next touch. The history keeps that it was logged and removed."), eraseText));
        confirm.setConfirmText("Remove");
        confirm.addConfirmListener(click -> {
            if (Feedback.send(backend, new RemoveInteraction(contact.contactId(), account.owner(), touch.interactionId()),
                    eraseText.getValue() ? null : "Touch removed") && eraseText.getValue()) {
                Feedback.send(backend, new EraseTouchText(contact.contactId(), account.owner(), touch.interactionId()),
                        "Touch removed and its note erased");
            }
        });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }
}
