package app.touchbase.mail.outbox;

import app.touchbase.mail.compose.MailComposer;
import app.touchbase.plan.api.ThisWeek;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Each owner's plan for this week, read once for the reminders of one round of the outbox and read again once it is a
 * minute old. A burst of reminders (a network imported with a cadence, a long stop) would otherwise read the owner's
 * whole network once for every mail.
 */
final class WeeklyPlansOfTheRound {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Read(ThisWeek plan, Instant at) {
    }

    private final MailComposer composer;
    private final Clock clock;
    private final Map<String, Read> byOwner = new HashMap<>();

    WeeklyPlansOfTheRound(MailComposer composer, Clock clock) {
        this.composer = composer;
        this.clock = clock;
    }

    ThisWeek of(String owner) {
        Read read = byOwner.get(owner);
        if (read == null || !clock.instant().isBefore(read.at().plus(FRESH_FOR))) {
            // aged from the end of the read: a read that took long still serves the mails after it
            read = new Read(composer.thisWeek(owner), clock.instant());
            byOwner.put(owner, read);
        }
        return read.plan();
    }
}
