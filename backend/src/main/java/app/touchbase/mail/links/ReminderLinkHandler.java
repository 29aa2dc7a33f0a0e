package app.touchbase.mail.links;

import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import app.touchbase.plan.api.MovePlanItemToNextWeek;
import app.touchbase.plan.api.SkipPlanItem;
import app.touchbase.reminder.api.FollowReminderLink;
import app.touchbase.reminder.api.InspectReminderLink;
import app.touchbase.reminder.api.LinkAction;
import app.touchbase.reminder.api.ReminderLinkView;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.TouchbaseException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Checks and carries out one-click links from mails, without a signed-in session: the signed link is the permission. */
@Component
class ReminderLinkHandler {

    static final Period SNOOZE = Period.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private final ReminderLinks links;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;
    private final OwnerZones zones;

    ReminderLinkHandler(ReminderLinks links, CommandGateway commands, QueryGateway queries, Clock clock, OwnerZones zones) {
        this.links = links;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
        this.zones = zones;
    }

    /** A link read and checked: {@code link} is null when the token is not a valid link. */
    private record Checked(ReminderLinks.Signed link, ReminderLinkView view, Optional<NextTouch> next) {
    }

    @QueryHandler
    ReminderLinkView handle(InspectReminderLink query) {
        return check(query.token()).view();
    }

    @CommandHandler
    String handle(FollowReminderLink command) {
        Checked checked = check(command.token());
        if (checked.view().problem() != null) {
            throw new CommandRejectedException(checked.view().problem());
        }
        ReminderLinks.Signed link = checked.link();
        String name = checked.view().contactName();
        LocalDate today = zones.today(link.owner(), clock);
        return switch (link.action()) {
            case GOT_IN_TOUCH -> logTouch(link, name, today);
            case SNOOZE_WEEK -> snooze(link, today.plus(SNOOZE), name, checked.next());
            case SKIP_CYCLE -> skipCycle(link, name, today, checked.next());
            case SKIP_PLAN_WEEK -> changePlan(new SkipPlanItem(link.owner(), link.touchDueOn(), link.contactId()),
                    name + " is skipped this week.", name);
            case PLAN_NEXT_WEEK -> changePlan(new MovePlanItemToNextWeek(link.owner(), link.touchDueOn(), link.contactId()),
                    name + " comes first in next week's plan.", name);
        };
    }

    private Checked check(String token) {
        Optional<ReminderLinks.Signed> signed = links.read(token);
        if (signed.isEmpty()) {
            return new Checked(null, new ReminderLinkView(null, null, null,
                    "This link is not valid: it may have been cut short when copied."), Optional.empty());
        }
        ReminderLinks.Signed link = signed.get();
        Optional<ContactProfile> contact = contact(link);
        if (contact.isEmpty()) {
            return new Checked(link, new ReminderLinkView(link.action(), link.contactId(), null, "This contact no longer exists."),
                    Optional.empty());
        }
        String name = contact.get().contact().details().name();
        Optional<NextTouch> next = link.action() == LinkAction.GOT_IN_TOUCH || link.action().aboutThePlan()
                ? Optional.empty() : nextTouch(link);
        String problem = link.expiresAt().isBefore(clock.instant())
                ? "This link has expired. Open Touchbase to do this from " + name + "'s page."
                : contact.get().contact().archived() ? name + " is archived: restore the contact first."
                : alreadyHandled(link, name, next);
        return new Checked(link, new ReminderLinkView(link.action(), link.contactId(), name, problem), next);
    }

    /** A snooze or skip acts only on the touch the mail was sent for: once that moved, the reminder was handled. */
    private String alreadyHandled(ReminderLinks.Signed link, String name, Optional<NextTouch> next) {
        if (link.action() == LinkAction.GOT_IN_TOUCH || link.action().aboutThePlan() || link.touchDueOn() == null) {
            return null;
        }
        Optional<LocalDate> now = next.map(NextTouch::nextTouchOn);
        if (now.isPresent() && now.get().equals(link.touchDueOn())) {
            return null;
        }
        return "This reminder was already handled: " + now.map(day -> "the next touch with " + name + " is now on "
                + day.format(DAY) + ".").orElse(name + " has no next touch any more.");
    }

    /** A plan link acts on the plan of the week it was written for; a plan that no longer holds the person says so. */
    private String changePlan(Object command, String done, String name) {
        try {
            commands.sendAndWait(command);
        } catch (TouchbaseException refused) {
            throw new CommandRejectedException("That week's plan can't take this change for " + name + " any more: "
                    + refused.getMessage());
        } catch (AggregateNotFoundException noPlan) {
            throw new CommandRejectedException("There is no plan for that week any more, so nothing changed for " + name + ".");
        }
        return done;
    }

    private String logTouch(ReminderLinks.Signed link, String name, LocalDate today) {
        try {
            commands.sendAndWait(new LogInteraction(link.contactId(), link.owner(), link.touchId(), InteractionType.OTHER,
                    today, Direction.NEUTRAL, "Logged from a reminder mail"));
        } catch (CommandRejectedException alreadyLogged) {
            return "This touch with " + name + " was already logged.";
        }
        return "Logged that you got in touch with " + name + " today.";
    }

    /** Acts on the rule the mail was about (the most urgent one), so another rule of the same person stays as it was. */
    private String snooze(ReminderLinks.Signed link, LocalDate until, String name, Optional<NextTouch> current) {
        RuleTouch rule = current.map(NextTouch::mostUrgent).orElse(null);
        commands.sendAndWait(new SnoozeTouch(link.contactId(), link.owner(), until, rule == null ? null : rule.rule().ruleId()));
        return "Snoozed " + (rule == null || rule.isCadence() ? name : "“" + rule.rule().label() + "” for " + name)
                + " until " + until.format(DAY) + ".";
    }

    /** The next touch moves one cadence past the current due day (or past today, if that is later). */
    private String skipCycle(ReminderLinks.Signed link, String name, LocalDate today, Optional<NextTouch> current) {
        NextTouch next = current
                .filter(touch -> touch.mostUrgent() != null)
                .orElseThrow(() -> new CommandRejectedException(name + " has no cadence, so there is no cycle to skip."));
        LocalDate from = next.nextTouchOn().isAfter(today) ? next.nextTouchOn() : today;
        LocalDate until = from.plus(next.mostUrgent().rule().every());
        LocalDate latest = today.plus(SnoozeTouch.LONGEST);
        return snooze(link, until.isAfter(latest) ? latest : until, name, current);
    }

    private Optional<NextTouch> nextTouch(ReminderLinks.Signed link) {
        return queries.query(new FetchNextTouch(link.owner(), link.contactId()),
                ResponseTypes.optionalInstanceOf(NextTouch.class)).join();
    }

    private Optional<ContactProfile> contact(ReminderLinks.Signed link) {
        return queries.query(new FetchContact(link.owner(), link.contactId()),
                ResponseTypes.optionalInstanceOf(ContactProfile.class)).join();
    }
}
