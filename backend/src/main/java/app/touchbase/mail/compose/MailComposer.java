package app.touchbase.mail.compose;

import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.mail.links.ReminderLinks;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.plan.api.FetchThisWeek;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.plan.api.PlanItemStatus;
import app.touchbase.plan.api.ThisWeek;
import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.LinkAction;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.shared.Excerpts;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Writes reminder and digest mails from what the read models know at sending time. */
@Component
public class MailComposer {

    static final int FACTS_SHOWN = 5;
    static final int DIGEST_DAYS_AHEAD = 14;
    static final int SNIPPET = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    /** One reason for a reminder, as stored with the queued mail. */
    public record Occasion(String kind, String label) {
    }

    private final QueryGateway queries;
    private final ReminderLinks links;
    private final MailTemplates templates;
    private final Clock clock;

    MailComposer(QueryGateway queries, ReminderLinks links, MailTemplates templates, Clock clock) {
        this.queries = queries;
        this.links = links;
        this.templates = templates;
        this.clock = clock;
    }

    public ComposedMail reminder(String owner, UUID contactId, List<Occasion> occasions) {
        return reminder(owner, contactId, occasions, () -> thisWeek(owner));
    }

    /**
     * The owner's plan for this week, which every reminder places its contact in. Reading it reads the owner's whole
     * network (the due list, a year of touches), so a sender of many reminders at once reads it once for all of them.
     */
    public ThisWeek thisWeek(String owner) {
        return answer(new FetchThisWeek(owner), ThisWeek.class);
    }

    /** {@code plan} is asked for once the contact is known: a reminder about an unknown one reads no plan. */
    public ComposedMail reminder(String owner, UUID contactId, List<Occasion> occasions, Supplier<ThisWeek> plan) {
        Instant now = clock.instant();
        Recipient recipient = recipient(owner);
        ContactProfile profile = one(new FetchContact(owner, contactId), ContactProfile.class)
                .orElseThrow(() -> new UnknownContactException(contactId));
        ContactDetails details = profile.contact().details();
        LocalDate touchDueOn = one(new FetchNextTouch(owner, contactId), NextTouch.class)
                .map(NextTouch::nextTouchOn).orElse(null);
        boolean hasCadence = touchDueOn != null;
        Map<String, Object> model = new HashMap<>();
        model.put("greeting", recipient.name());
        model.put("name", details.name());
        model.put("work", String.join(" at ", Stream.of(details.role(), details.company()).filter(Objects::nonNull).toList()));
        model.put("occasions", occasions);
        model.put("reach", reach(profile.contact(), PhoneNumber.regionOf(recipient.zone())));
        model.put("lastTouch", profile.interactions().stream().findFirst().map(MailComposer::lastTouch).orElse(null));
        model.put("facts", profile.facts().stream().limit(FACTS_SHOWN)
                .map(fact -> fact.topic() == null ? fact.text() : fact.topic() + ": " + fact.text()).toList());
        model.put("hasFacts", !profile.facts().isEmpty());
        model.put("gotInTouchUrl", links.url(owner, contactId, LinkAction.GOT_IN_TOUCH, now, touchDueOn));
        model.put("snoozeUrl", hasCadence ? links.url(owner, contactId, LinkAction.SNOOZE_WEEK, now, touchDueOn) : null);
        model.put("skipUrl", hasCadence ? links.url(owner, contactId, LinkAction.SKIP_CYCLE, now, touchDueOn) : null);
        model.put("contactUrl", links.contactUrl(contactId));
        model.put("plan", planLine(plan.get(), contactId));
        String subject = occasions.size() == 1 && occasions.get(0).kind().equals("TOUCH")
                ? "Time to get in touch with " + details.name()
                : details.name() + ": " + occasions.get(0).label() + (occasions.size() > 1 ? " and more" : "");
        return new ComposedMail(recipient.address(), subject, templates.text("reminder", model), templates.html("reminder", model));
    }

    public ComposedMail digest(String owner) {
        Instant now = clock.instant();
        Recipient recipient = recipient(owner);
        LocalDate today = LocalDate.ofInstant(now, recipient.zone());
        LocalDate weekEnd = today.plusDays(7);
        List<NextTouch> touches = answer(new ListDueTouches(owner), DueTouches.class).touches();
        List<Map<String, Object>> overdue = new ArrayList<>();
        List<Map<String, Object>> thisWeek = new ArrayList<>();
        for (NextTouch touch : touches) {
            Map<String, Object> person = person(owner, touch, now);
            if (touch.status() == TouchStatus.OVERDUE || touch.status() == TouchStatus.DUE) {
                overdue.add(person);
            } else if (touch.status() == TouchStatus.DUE_SOON
                    || (touch.status() == TouchStatus.OK && touch.nextTouchOn() != null && touch.nextTouchOn().isBefore(weekEnd))) {
                thisWeek.add(person);
            }
        }
        List<Map<String, Object>> dates = answer(new ListUpcomingDates(owner, today, DIGEST_DAYS_AHEAD), ImportantDates.class)
                .dates().stream()
                .map(date -> Map.<String, Object>of("name", date.contactName(), "label", date.label(),
                        "day", date.nextOccurrence().format(DAY), "url", links.contactUrl(date.contactId())))
                .toList();
        List<Map<String, Object>> followUps = answer(new ListOpenFollowUps(owner, null), OpenFollowUps.class)
                .followUps().stream()
                .map(followUp -> Map.<String, Object>of("name", followUp.contactName(), "text", followUp.text(),
                        "day", followUp.dueOn().format(DAY), "late", followUp.dueOn().isBefore(today),
                        "url", links.contactUrl(followUp.contactId())))
                .toList();
        ThisWeek plan = thisWeek(owner);
        List<Map<String, Object>> planned = plan.items().stream().map(item -> planned(owner, item, plan.weekStart(), now)).toList();
        List<Map<String, Object>> waiting = plan.waiting().stream()
                .map(reply -> Map.<String, Object>of("name", reply.contactName(), "what", reply.what(),
                        "day", reply.since().format(DAY), "notes", reply.notes() == null ? "" : Excerpts.oneLine(reply.notes(), SNIPPET),
                        "url", links.contactUrl(reply.contactId())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("greeting", recipient.name());
        model.put("plan", planned);
        model.put("waitingFor", waiting);
        model.put("hasWaiting", !waiting.isEmpty());
        model.put("hasPlan", !planned.isEmpty());
        model.put("planWeek", plan.weekStart().format(DAY));
        model.put("planBudget", plan.budget());
        model.put("overdue", overdue);
        model.put("thisWeek", thisWeek);
        model.put("dates", dates);
        model.put("followUps", followUps);
        model.put("hasOverdue", !overdue.isEmpty());
        model.put("hasThisWeek", !thisWeek.isEmpty());
        model.put("hasDates", !dates.isEmpty());
        model.put("hasFollowUps", !followUps.isEmpty());
        model.put("nothing", planned.isEmpty() && waiting.isEmpty() && overdue.isEmpty() && thisWeek.isEmpty() && dates.isEmpty() && followUps.isEmpty());
        model.put("appUrl", links.appUrl());
        String subject = DigestSubject.of(overdue.size(), thisWeek.size(), dates.size(), followUps.size());
        return new ComposedMail(recipient.address(), subject, templates.text("digest", model), templates.html("digest", model));
    }

    /** One person of the week's plan: where they stand, why they are in it, how to reach them, one click when done. */
    private Map<String, Object> planned(String owner, PlanItem item, LocalDate weekStart, Instant now) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", item.name());
        person.put("status", item.status().label());
        String why = item.why().isEmpty() ? item.balance().describe() : item.why() + " · " + item.balance().describe();
        person.put("why", " (" + why + ")");
        person.put("offer", item.offer() == null ? "" : item.offer());
        person.put("waiting", item.waiting() == null ? ""
                : "Waiting for their reply to your " + item.waiting().what() + " of " + item.waiting().since().format(DAY));
        person.put("reachLabel", item.reach().label());
        person.put("reachUrl", item.reach().href() == null ? "" : item.reach().href());
        person.put("hasReachUrl", item.reach().linked());
        boolean open = item.status() != PlanItemStatus.DONE && item.nextTouchOn() != null;
        person.put("open", open);
        person.put("gotInTouchUrl", open ? links.url(owner, item.contactId(), LinkAction.GOT_IN_TOUCH, now, item.nextTouchOn()) : "");
        boolean movable = item.status() == PlanItemStatus.OPEN;
        person.put("movable", movable);
        person.put("skipWeekUrl", movable ? links.url(owner, item.contactId(), LinkAction.SKIP_PLAN_WEEK, now, weekStart) : "");
        person.put("nextWeekUrl", movable ? links.url(owner, item.contactId(), LinkAction.PLAN_NEXT_WEEK, now, weekStart) : "");
        person.put("url", links.contactUrl(item.contactId()));
        return person;
    }

    /** "One of the 3 people in your plan for the week of Mon 23 Nov 2026." or, beyond the budget, where they stand. */
    static String planLine(ThisWeek plan, UUID contactId) {
        String week = "the week of " + plan.weekStart().format(DAY);
        return plan.items().stream().filter(item -> item.contactId().equals(contactId)).findFirst()
                .map(item -> (plan.items().size() == 1 ? "The one person in your plan" : "One of the " + plan.items().size()
                        + " people in your plan") + " for " + week
                        + (item.status() == PlanItemStatus.OPEN ? "." : " (" + item.status().label().toLowerCase(Locale.ROOT) + ")."))
                .orElse("Not in your plan for " + week + " (" + plan.budget() + " a week): get in touch if you can, "
                        + "or leave it to a coming week.");
    }

    private Map<String, Object> person(String owner, NextTouch touch, Instant now) {
        Map<String, Object> person = new HashMap<>();
        person.put("name", touch.name());
        RuleTouch rule = touch.mostUrgent();
        person.put("what", rule == null || rule.isCadence() ? "" : " (" + rule.rule().label() + ")");
        person.put("status", touch.status().label());
        person.put("since", touch.nextTouchOn() == null ? "" : touch.nextTouchOn().format(DAY));
        person.put("lastTouch", touch.lastTouchOn() == null ? "never" : touch.lastTouchOn().format(DAY));
        person.put("gotInTouchUrl", links.url(owner, touch.contactId(), LinkAction.GOT_IN_TOUCH, now, touch.nextTouchOn()));
        person.put("snoozeUrl", links.url(owner, touch.contactId(), LinkAction.SNOOZE_WEEK, now, touch.nextTouchOn()));
        person.put("url", links.contactUrl(touch.contactId()));
        return person;
    }

    private record Recipient(String address, String name, ZoneId zone) {
    }

    private Recipient recipient(String owner) {
        ReminderPreferences preferences = one(new FetchReminderPreferences(owner), ReminderPreferences.class)
                .orElseGet(() -> ReminderPreferences.defaults(owner, ZoneOffset.UTC));
        String name = one(new FetchAccountSettings(owner), AccountSettings.class).map(AccountSettings::displayName).orElse(owner);
        return new Recipient(preferences.email(), name, preferences.zone());
    }

    /** Emails, then phone numbers as people in the owner's region write them. */
    private static String reach(ContactSummary contact, String homeRegion) {
        ContactDetails details = contact.details();
        List<String> ways = new ArrayList<>(details.emails());
        contact.phoneNumbers().forEach(number -> ways.add(number.shown(homeRegion)));
        String preferred = details.preferredChannel() == null ? "" : " (prefers " + details.preferredChannel().label().toLowerCase(Locale.ROOT) + ")";
        return ways.isEmpty() ? null : String.join(" · ", ways) + preferred;
    }

    private static String lastTouch(InteractionRecord last) {
        String when = last.occurredOn().format(DAY);
        return when + ", " + last.type().label().toLowerCase(Locale.ROOT) + (last.notes() == null ? "" : ": " + last.notes());
    }

    private <R> Optional<R> one(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    private <R> R answer(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
