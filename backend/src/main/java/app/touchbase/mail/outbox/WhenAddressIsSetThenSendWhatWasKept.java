package app.touchbase.mail.outbox;

import app.touchbase.reminder.api.QueueDigest;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.shared.OwnerZones;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Reminders that fell due while the owner had no address were kept. Once an address is set, what is still current
 * goes out as one digest rather than as a burst of stale reminders.
 */
@Component
@ProcessingGroup(OutboxFeeder.PROCESSING_GROUP)
class WhenAddressIsSetThenSendWhatWasKept {

    private final MailOutbox outbox;
    private final CommandGateway commands;
    private final OwnerZones zones;
    private final Clock clock;

    WhenAddressIsSetThenSendWhatWasKept(MailOutbox outbox, CommandGateway commands, OwnerZones zones, Clock clock) {
        this.outbox = outbox;
        this.commands = commands;
        this.zones = zones;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(ReminderPreferencesChanged event) {
        if (event.email() != null && event.remindersOn() && outbox.coveredByCatchUp(event.accountId()) > 0) {
            commands.sendAndWait(new QueueDigest(event.accountId(), zones.today(event.accountId(), clock)));
        }
    }
}
