package app.touchbase.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

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

    public <R> Optional<R> find(Object query, Class<R> answer) {
        try {
            return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException cause ? cause : e;
    }
}
