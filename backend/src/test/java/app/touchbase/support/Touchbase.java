package app.touchbase.support;

import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.NextTouch;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Drives the backend through its gateways, as the UI does, with short names for tests. */
@Component
public class Touchbase {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Touchbase(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public static String newOwner() {
        return "owner-" + UUID.randomUUID();
    }

    /** A new account in UTC, its id {@code idPrefix} and a few random characters: "plan-1a2b3c4d". */
    public String registerAccount(String idPrefix, String name) {
        String owner = idPrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        send(new RegisterAccount(owner, name, "correct horse battery", ZoneOffset.UTC));
        return owner;
    }

    public <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    public UUID addContact(String owner, ContactDetails details) {
        UUID id = UUID.randomUUID();
        send(new AddContact(id, owner, details));
        return id;
    }

    public UUID addContact(String owner, String name) {
        return addContact(owner, ContactDetails.named(name));
    }

    public void setCadence(String owner, UUID contactId, Period every) {
        send(new SetCadence(contactId, owner, every));
    }

    public UUID logInteraction(String owner, UUID contactId, InteractionType type, LocalDate on) {
        UUID id = UUID.randomUUID();
        send(new LogInteraction(contactId, owner, id, type, on, Direction.NEUTRAL, null));
        return id;
    }

    public <R> R query(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }

    public <R> List<R> queryList(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    public <R> Optional<R> queryOptional(Object query, Class<R> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    public Optional<ContactProfile> contact(String owner, UUID contactId) {
        return queryOptional(new FetchContact(owner, contactId), ContactProfile.class);
    }

    public Optional<NextTouch> nextTouch(String owner, UUID contactId) {
        return queryOptional(new FetchNextTouch(owner, contactId), NextTouch.class);
    }

    public DueTouches due(String owner) {
        return query(new ListDueTouches(owner), DueTouches.class);
    }
}
