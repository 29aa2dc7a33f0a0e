package app.touchbase.ui.base;

import org.axonframework.commandhandling.gateway.CommandGateway;
import app.touchbase.updates.api.ContactChanged;
import com.vaadin.flow.shared.Registration;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** The views' only way to the backend: commands and queries through the Axon gateways, failures unwrapped. */
@Component
public class Backend {

    private final CommandGateway commands;
    private final QueryGateway queries;

    public Backend(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public <R> R send(Object command) {
        return commands.sendAndWait(command);
    }

    public <R> R query(Object query, Class<R> answer) {
        try {
            return queries.query(query, ResponseTypes.instanceOf(answer)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    public <R> List<R> list(Object query, Class<R> answer) {
        try {
            return queries.query(query, ResponseTypes.multipleInstancesOf(answer)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    public <R> Optional<R> find(Object query, Class<R> answer) {
        try {
            return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /**
     * Runs {@code onChange} whenever the read models behind {@code query} change, until the returned registration is
     * removed. {@code answer} is what the query answers (its first answer is not used).
     */
    public Registration onChange(Object query, ResponseType<?> answer, Runnable onChange) {
        SubscriptionQueryResult<?, ContactChanged> subscription =
                queries.subscriptionQuery(query, answer, ResponseTypes.instanceOf(ContactChanged.class));
        subscription.updates().subscribe(change -> onChange.run());
        return () -> subscription.cancel();
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
