package app.touchbase.ui.mail;

import app.touchbase.reminder.api.DeliveryHealth;
import app.touchbase.reminder.api.FetchDeliveryHealth;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.OutboxMail;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.ScreenWidth;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.StatusBadge;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** How mail delivery is doing, and every reminder and digest: sent, waiting, failing, or kept here for lack of a server. */
@Route(value = "mail", layout = MainLayout.class)
@PageTitle("Mail · Touchbase")
@PermitAll
public class MailView extends VerticalLayout {

    static final int SHOWN = 100;
    static final String PHONE_CARD = "card";
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    public final Paragraph delivery = new Paragraph();
    final Paragraph lastSent = new Paragraph();
    final Paragraph problems = new Paragraph();
    public final Grid<OutboxMail> mails = new Grid<>();
    final Button refresh = new Button("Refresh");
    private final Backend backend;
    private final SignedIn account;
    private final List<Grid.Column<OutboxMail>> wideColumns;
    private final Grid.Column<OutboxMail> phoneColumn;
    private Registration resizes;

    public MailView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("70rem");
        mails.setId("outbox");
        mails.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        wideColumns = List.of(
                mails.addColumn(mail -> when(mail.queuedAt(), account.zone())).setHeader("Queued").setAutoWidth(true),
                mails.addColumn(MailView::subject).setHeader("Subject").setFlexGrow(1),
                mails.addColumn(OutboxMail::recipient).setHeader("To").setAutoWidth(true),
                mails.addComponentColumn(MailView::status).setHeader("Status").setAutoWidth(true),
                mails.addColumn(OutboxMail::lastError).setHeader("Note").setFlexGrow(1));
        phoneColumn = mails.addComponentColumn(this::card).setKey(PHONE_CARD).setHeader("Mails");
        phoneColumn.setVisible(false);
        mails.setItemDetailsRenderer(new ComponentRenderer<>(mail -> new Pre(mail.text())));
        mails.setAllRowsVisible(true);
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.addClickListener(click -> show());
        add(new H2("Mail"), delivery, lastSent, problems, refresh,
                new Paragraph("Select a mail to read it."), mails);
        show();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        resizes = ScreenWidth.follow(attach.getUI(), this::layOutFor);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        resizes.remove();
    }

    void layOutFor(boolean narrow) {
        wideColumns.forEach(column -> column.setVisible(!narrow));
        phoneColumn.setVisible(narrow);
    }

    /** On a phone, one card per mail: its status and when first, then the subject on its own lines, then the note. */
    VerticalLayout card(OutboxMail mail) {
        Span when = new Span(when(mail.queuedAt(), account.zone()) + " · to " + mail.recipient());
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout top = new HorizontalLayout(status(mail), when);
        top.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        top.setWrap(true);
        Span subject = new Span(subject(mail));
        subject.getStyle().set("font-weight", "600");
        VerticalLayout card = new VerticalLayout(top, subject);
        if (mail.lastError() != null) {
            card.add(new Span(mail.lastError()));
        }
        card.setPadding(false);
        card.setSpacing(false);
        return card;
    }

    private static String subject(OutboxMail mail) {
        return mail.subject() == null ? "(being written)" : mail.subject();
    }

    void show() {
        DeliveryHealth health = backend.query(new FetchDeliveryHealth(account.owner()), DeliveryHealth.class);
        delivery.setText(health.smtpConfigured()
                ? "Mails go out through your mail server."
                : "No mail server is configured (spring.mail.host), so mails are kept here and written to the log.");
        lastSent.setText(health.lastSentAt() == null ? "Nothing sent yet." : "Last sent " + when(health.lastSentAt(), account.zone()) + ".");
        StringBuilder trouble = new StringBuilder();
        if (health.pending() > 0) {
            trouble.append(health.pending()).append(" waiting to go out");
            if (health.failing() > 0) {
                trouble.append(", ").append(health.failing()).append(" of them after a failed attempt");
            }
            trouble.append(". ");
        }
        if (health.failed() > 0) {
            trouble.append(health.failed()).append(" could not be sent after several attempts. ");
        }
        if (health.lastError() != null) {
            trouble.append("Last error (").append(when(health.lastErrorAt(), account.zone())).append("): ").append(health.lastError());
        }
        problems.setText(trouble.toString().strip());
        problems.setVisible(!trouble.isEmpty());
        mails.setItems(backend.query(new ListOutbox(account.owner(), SHOWN), Outbox.class).mails());
    }

    static StatusBadge status(OutboxMail mail) {
        return new StatusBadge(switch (mail.status()) {
            case PENDING -> mail.attempts() > 0 ? "Retrying" : "Waiting";
            case SENT -> "Sent";
            case KEPT -> "Kept here";
            case FAILED -> "Failed";
        }, mail.status() == MailStatus.FAILED ? StatusBadge.Tone.ALARM
                : mail.status() == MailStatus.SENT ? StatusBadge.Tone.GOOD : StatusBadge.Tone.NEUTRAL);
    }

    private static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).format(WHEN);
    }
}
