package app.touchbase.mail.links;

import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.reminder.api.FollowReminderLink;
import app.touchbase.reminder.api.InspectReminderLink;
import app.touchbase.reminder.api.ReminderLinkView;
import app.touchbase.shared.api.CommandRejectedException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** Checks and carries out one-click links from mails, without a signed-in session: the signed link is the permission. */
@Component
class ReminderLinkHandler {

    static final Duration SNOOZE = Duration.ofDays(7);

    private final ReminderLinks links;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Clock clock;

    ReminderLinkHandler(ReminderLinks links, CommandGateway commands, QueryGateway queries, Clock clock) {
        this.links = links;
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** A link read and checked: {@code link} is null when the token is not a valid link. */
    private record Checked(ReminderLinks.Signed link, ReminderLinkView view) {
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
        Instant now = clock.instant();
        return switch (link.action()) {
            case GOT_IN_TOUCH -> logTouch(link, name, command.token(), now);
            case SNOOZE_WEEK -> snooze(link, now.plus(SNOOZE), name);
            case SKIP_CYCLE -> skipCycle(link, name, now);
        };
    }

    private Checked check(String token) {
        Optional<ReminderLinks.Signed> signed = links.read(token);
        if (signed.isEmpty()) {
            return new Checked(null, new ReminderLinkView(null, null, null,
                    "This link is not valid: it may have been cut short when copied."));
        }
        ReminderLinks.Signed link = signed.get();
        Optional<ContactProfile> contact = contact(link);
        if (contact.isEmpty()) {
            return new Checked(link, new ReminderLinkView(link.action(), link.contactId(), null, "This contact no longer exists."));
        }
        String name = contact.get().contact().details().name();
        String problem = link.expiresAt().isBefore(clock.instant())
                ? "This link has expired. Open Touchbase to do this from " + name + "'s page."
                : contact.get().contact().archived() ? name + " is archived: restore the contact first." : null;
        return new Checked(link, new ReminderLinkView(link.action(), link.contactId(), name, problem));
    }

    /** The interaction id comes from the link, so following it twice logs one touch. */
    private String logTouch(ReminderLinks.Signed link, String name, String token, Instant now) {
        UUID interactionId = UUID.nameUUIDFromBytes(token.getBytes(StandardCharsets.US_ASCII));
        try {
            commands.sendAndWait(new LogInteraction(link.contactId(), link.owner(), interactionId, InteractionType.OTHER,
                    now, Direction.NEUTRAL, "Logged from a reminder mail"));
        } catch (CommandRejectedException alreadyLogged) {
            return "This touch with " + name + " was already logged.";
        }
        return "Logged that you got in touch with " + name + " today.";
    }

    private String snooze(ReminderLinks.Signed link, Instant until, String name) {
        commands.sendAndWait(new SnoozeTouch(link.contactId(), link.owner(), until));
        return "Snoozed " + name + " until " + until.atOffset(ZoneOffset.UTC).toLocalDate() + ".";
    }

    /** The next touch moves one cadence past the current due date (or past today, if that is later). */
    private String skipCycle(ReminderLinks.Signed link, String name, Instant now) {
        NextTouch next = queries.query(new FetchNextTouch(link.owner(), link.contactId()),
                ResponseTypes.optionalInstanceOf(NextTouch.class)).join()
                .filter(touch -> touch.cadence() != null && touch.nextTouchAt() != null)
                .orElseThrow(() -> new CommandRejectedException(name + " has no cadence, so there is no cycle to skip."));
        Instant from = next.nextTouchAt().isAfter(now) ? next.nextTouchAt() : now;
        Instant until = from.atOffset(ZoneOffset.UTC).plus(next.cadence()).toInstant();
        Instant latest = now.atOffset(ZoneOffset.UTC).plus(SnoozeTouch.LONGEST).toInstant();
        return snooze(link, until.isAfter(latest) ? latest : until, name);
    }

    private Optional<ContactProfile> contact(ReminderLinks.Signed link) {
        return queries.query(new FetchContact(link.owner(), link.contactId()),
                ResponseTypes.optionalInstanceOf(ContactProfile.class)).join();
    }
}
