package app.touchbase.replay;

import app.touchbase.replay.api.RebuildReadModels;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** {@code --touchbase.replay=true} rebuilds every read model once the application has started. */
@Component
@ConditionalOnProperty(name = "touchbase.replay", havingValue = "true")
class ReplayOnStartup implements ApplicationListener<ApplicationReadyEvent> {

    private final CommandGateway commands;

    ReplayOnStartup(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        commands.sendAndWait(new RebuildReadModels());
    }
}
