package app.touchbase.ui.contact;

import app.touchbase.asof.api.AsOfTouch;
import app.touchbase.asof.api.ContactAsOf;
import app.touchbase.asof.api.FetchContactAsOf;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A contact as it was at a past moment (folded from its history), and what changed since, in words. */
public class ContactAsOfDialog extends Dialog {

    final Paragraph details = new Paragraph();
    final PostalAddresses addresses = new PostalAddresses();
    final Paragraph nextTouch = new Paragraph();
    final UnorderedList rules = new UnorderedList();
    final UnorderedList facts = new UnorderedList();
    final UnorderedList promises = new UnorderedList();
    final UnorderedList dates = new UnorderedList();
    final UnorderedList touches = new UnorderedList();
    final UnorderedList changes = new UnorderedList();
    final Paragraph nothing = new Paragraph();

    /** The contact at the end of {@code day} in the owner's zone. */
    static ContactAsOfDialog atEndOf(Backend backend, SignedIn account, UUID contactId, LocalDate day) {
        return new ContactAsOfDialog(backend, account, contactId, day.plusDays(1).atStartOfDay(account.zone()).toInstant().minusMillis(1));
    }

    ContactAsOfDialog(Backend backend, SignedIn account, UUID contactId, Instant asOf) {
        setHeaderTitle("As of " + Formats.moment(asOf, account.zone()));
        setWidth("min(48rem, 100vw)");
        getFooter().add(new Button("Close", click -> close()));
        Optional<ContactAsOf> then = backend.find(new FetchContactAsOf(account.owner(), contactId, asOf), ContactAsOf.class);
        if (then.isEmpty()) {
            nothing.setText("Nothing was known about this contact yet at that moment.");
            add(nothing);
            return;
        }
        ContactAsOf contact = then.get();
        setHeaderTitle(contact.details().name() + " as of " + Formats.moment(asOf, account.zone()));
        details.setText(describe(contact, PhoneNumber.regionOf(account.zone())));
        addresses.show(contact.details().addresses());
        NextTouch next = contact.nextTouch();
        nextTouch.setText(next.nextTouchOn() == null ? "No rule asked for a touch."
                : "Next touch " + Formats.day(next.nextTouchOn()) + " · " + next.status().label()
                + (next.lastTouchOn() == null ? "" : " · last touch " + Formats.day(next.lastTouchOn())));
        fill(rules, next.rules(), rule -> rule.rule().label() + ": " + rule.rule().describe(), "No rules.");
        fill(facts, contact.facts(), ContactAsOfDialog::describe, "Nothing remembered yet.");
        fill(promises, contact.openFollowUps(), open -> open.text() + " · by " + Formats.day(open.dueOn()), "No open promises.");
        fill(dates, contact.importantDates(), ContactDatesPanel::describe, "No important dates.");
        fill(touches, contact.touches(), ContactAsOfDialog::describe, "No touches yet.");
        fill(changes, contact.changesSince(), Function.identity(), "Nothing changed since.");
        add(details, addresses, nextTouch, rules, new H4("What to remember"), facts, new H4("Promises"), promises,
                new H4("Important dates"), dates,
                new H4("Touches"), touches, new H4("What changed since"), changes);
    }

    private static <T> void fill(UnorderedList list, List<T> items, Function<T, String> words, String none) {
        if (items.isEmpty()) {
            list.add(new ListItem(none));
        }
        items.forEach(item -> list.add(new ListItem(words.apply(item))));
    }

    private static String describe(ContactAsOf contact, String homeRegion) {
        ContactDetails who = contact.details();
        List<CircleRef> circles = contact.circles();
        return Stream.of(contact.archived() ? "Archived" : null, who.company(), who.role(), String.join(", ", who.emails()),
                        contact.phoneNumbers().stream().map(number -> number.shown(homeRegion)).collect(Collectors.joining(", ")),
                        circles.isEmpty() ? null : "circles: " + circles.stream().map(CircleRef::name).collect(Collectors.joining(", ")),
                        who.tags().isEmpty() ? null : "#" + String.join(" #", who.tags()))
                .filter(Objects::nonNull).filter(text -> !text.isBlank())
                .collect(Collectors.joining(" · "));
    }

    private static String describe(Fact fact) {
        return (fact.topic() == null ? "" : fact.topic() + ": ") + fact.text();
    }

    private static String describe(AsOfTouch known) {
        InteractionRecord touch = known.touch();
        return Formats.day(touch.occurredOn()) + " — " + touch.type().label()
                + (touch.notes() == null ? "" : " — " + touch.notes())
                + (known.loggedLater() ? " (logged later)" : "");
    }
}
