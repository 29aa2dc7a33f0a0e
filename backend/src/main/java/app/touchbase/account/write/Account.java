package app.touchbase.account.write;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.ChangeAccountSettings;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A person who uses Touchbase: how they sign in and how they like their dates. Opened by {@link AccountRegistrar}. */
@Aggregate
public class Account {

    @AggregateIdentifier
    private String accountId;

    protected Account() {
    }

    Account(String accountId, String displayName, String passwordHash, ZoneId zone, Instant registeredAt) {
        apply(new AccountRegistered(accountId, displayName.strip(), passwordHash, zone, registeredAt));
    }

    @CommandHandler
    public void handle(ChangeAccountSettings command, Clock clock) {
        AccountRules.validateSettings(command.displayName(), command.zone(), command.defaultCadence());
        apply(new AccountSettingsChanged(accountId, command.displayName().strip(), command.zone(), command.defaultCadence(),
                clock.instant()));
    }

    @EventSourcingHandler
    void on(AccountRegistered event) {
        accountId = event.accountId();
    }
}
