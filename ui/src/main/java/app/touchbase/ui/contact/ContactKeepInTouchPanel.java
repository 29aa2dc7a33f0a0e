package app.touchbase.ui.contact;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.ClearKeepInTouchRule;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.StopSnoozing;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.ListCircleRefs;
import app.touchbase.circle.api.RemoveFromCircle;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.base.SmallButtons;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.circles.CircleChips;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The contact page's keeping in touch: the circles the contact is in, the cadence, snoozing, the next touch and each
 * rule with its own next touch.
 */
public class ContactKeepInTouchPanel extends Div {

    final Div circles = new Div();
    final ComboBox<CircleRef> joinCircle = new ComboBox<>();
    public final ComboBox<CadencePreset> cadence = new ComboBox<>("Keep in touch");
    final DatePicker snoozeUntil = Formats.isoDates(new DatePicker("Snooze until"));
    final Button snooze = new Button("Snooze");
    final Button stopSnoozing = new Button("Stop snoozing");
    final Button addRule = new Button("Add a rule");
    final Paragraph nextTouch = new Paragraph();
    public final UnorderedList rules = new UnorderedList();

    private final Backend backend;
    private final SignedIn account;
    private ContactSummary contact;
    private List<Object> shown;

    ContactKeepInTouchPanel(Backend backend, SignedIn account) {
        this.backend = backend;
        this.account = account;
        cadence.setItems(CadencePreset.values());
        cadence.setItemLabelGenerator(CadencePreset::label);
        cadence.setClearButtonVisible(true);
        cadence.setPlaceholder("No cadence");
        cadence.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                changeCadence(change.getValue());
            }
        });
        snoozeUntil.setMin(account.today().plusDays(1));
        snooze.addClickListener(click -> snooze());
        stopSnoozing.addClickListener(click -> Feedback.send(backend, new StopSnoozing(contact.contactId(), account.owner()),
                name() + " is not snoozed any more"));
        addRule.addClickListener(click -> RuleDialog.forContact(backend, account.owner(), contact.contactId(), name(),
                FormDialog.PAGE_FOLLOWS).open());
        joinCircle.setPlaceholder("Add to a circle");
        joinCircle.setItemLabelGenerator(CircleRef::name);
        joinCircle.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                CircleRef circle = change.getValue();
                Feedback.send(backend, new AddToCircle(circle.circleId(), account.owner(), List.of(contact.contactId())),
                        name() + " is in " + circle.name() + " now");
                joinCircle.clear();
            }
        });
        HorizontalLayout controls = new HorizontalLayout(cadence, snoozeUntil, snooze, stopSnoozing, addRule);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        add(new H3("Keeping in touch"), circles, controls, nextTouch, rules);
    }

    /** Read anew on every refresh: the next touch is its own read model, which may catch up after the contact's. */
    void show(ContactSummary summary) {
        Optional<NextTouch> next = backend.find(new FetchNextTouch(account.owner(), summary.contactId()), NextTouch.class);
        List<CircleRef> allCircles = backend.list(new ListCircleRefs(account.owner()), CircleRef.class);
        if (List.of(summary, next, allCircles).equals(shown)) {
            return;
        }
        shown = List.of(summary, next, allCircles);
        contact = summary;
        boolean archived = summary.archived();
        Stream.of(cadence, snoozeUntil, snooze, stopSnoozing, addRule, joinCircle).forEach(control -> control.setEnabled(!archived));
        cadence.setValue(next.map(NextTouch::cadence).flatMap(CadencePreset::of).orElse(null));
        nextTouch.removeAll();
        next.filter(touch -> touch.nextTouchOn() != null).ifPresentOrElse(touch -> nextTouch.add(
                        new Span("Next touch " + Formats.day(touch.nextTouchOn()) + " · "), StatusBadge.of(touch.status()),
                        new Span(touch.lastTouchOn() == null ? "" : " · last touch " + Formats.day(touch.lastTouchOn()))),
                () -> nextTouch.setText("No cadence: Touchbase will not remind you about " + name() + "."));
        List<RuleTouch> all = next.map(NextTouch::rules).orElse(List.of());
        showRules(all, archived);
        stopSnoozing.setVisible(all.stream().anyMatch(rule -> rule.status() == TouchStatus.SNOOZED));
        showCircles(summary.circles(), allCircles, archived);
    }

    /** The circles the contact is in, each with a way out, and the others to join. */
    private void showCircles(List<CircleRef> in, List<CircleRef> allCircles, boolean archived) {
        circles.removeAll();
        HorizontalLayout row = new HorizontalLayout();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        row.add(new Span(in.isEmpty() ? "In no circle yet." : "Circles:"));
        for (CircleRef circle : in) {
            Button leave = SmallButtons.of("×", () -> Feedback.send(backend, new RemoveFromCircle(circle.circleId(), account.owner(),
                    List.of(contact.contactId())), name() + " left " + circle.name()), archived);
            leave.getElement().setAttribute("aria-label", "Take " + name() + " out of " + circle.name());
            row.add(new Span(CircleChips.chip(circle), leave));
        }
        List<CircleRef> others = allCircles.stream()
                .filter(circle -> in.stream().noneMatch(ref -> ref.circleId().equals(circle.circleId())))
                .toList();
        joinCircle.setItems(others);
        joinCircle.setVisible(!others.isEmpty());
        row.add(joinCircle);
        circles.add(row);
    }

    /** Each rule with its own next touch; the plain cadence is changed above, the others removed here. */
    private void showRules(List<RuleTouch> all, boolean archived) {
        rules.removeAll();
        rules.setVisible(all.stream().anyMatch(rule -> !rule.isCadence()));
        all.forEach(rule -> {
            ListItem item = new ListItem(new Span(rule.rule().label() + ": " + rule.rule().describe() + " · next "
                    + Formats.day(rule.nextTouchOn()) + " · "), StatusBadge.of(rule.status()),
                    new Span((rule.overridden() ? " · changed for " + name() : "") + " "));
            boolean comingUp = rule.status() == TouchStatus.OVERDUE || rule.status() == TouchStatus.DUE
                    || rule.status() == TouchStatus.DUE_SOON;
            if (comingUp && rules.isVisible()) {
                item.add(SmallButtons.of("Snooze a week", () -> Feedback.send(backend, new SnoozeTouch(contact.contactId(),
                                account.owner(), account.today().plusWeeks(1), rule.rule().ruleId()),
                        "“" + rule.rule().label() + "” snoozed for a week"), archived));
            }
            if (!rule.isCadence() && !rule.rule().fromCircle()) {
                item.add(SmallButtons.of("Remove", () -> Feedback.send(backend, new ClearKeepInTouchRule(contact.contactId(),
                        account.owner(), rule.rule().ruleId()), "Rule removed"), archived));
            }
            if (rule.rule().fromCircle()) {
                item.add(SmallButtons.of("Change for " + name(), () -> RuleDialog.forContactsVersion(backend, account.owner(),
                        contact.contactId(), name(), rule.rule(), FormDialog.PAGE_FOLLOWS).open(), archived));
            }
            if (rule.overridden()) {
                item.add(SmallButtons.of("Back to the circle's rule", () -> Feedback.send(backend, new ClearKeepInTouchRule(
                        contact.contactId(), account.owner(), rule.rule().ruleId()), "Back to the circle's rule"), archived));
            }
            rules.add(item);
        });
    }

    private void changeCadence(CadencePreset preset) {
        Feedback.send(backend, preset == null ? new ClearCadence(contact.contactId(), account.owner())
                        : new SetCadence(contact.contactId(), account.owner(), preset.every()),
                preset == null ? "Cadence stopped" : "Keep in touch " + preset.label());
    }

    private void snooze() {
        if (snoozeUntil.getValue() == null) {
            Feedback.invalid(snoozeUntil, "Pick the day to be reminded again.");
            return;
        }
        snoozeUntil.setInvalid(false);
        Feedback.send(backend, new SnoozeTouch(contact.contactId(), account.owner(), snoozeUntil.getValue()),
                "Snoozed until " + Formats.day(snoozeUntil.getValue()), Map.of("until", snoozeUntil));
    }

    private String name() {
        return contact == null ? "" : contact.details().name();
    }
}
