package app.touchbase.platform.axon;

import app.touchbase.platform.storage.StorageFaults;
import app.touchbase.shared.api.ContactCommand;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.StorageFullException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns Axon's framework failures into the errors Touchbase promises its callers:
 * a command without a contact id or owner gets a validation message instead of a routing error,
 * a command for a contact that does not exist gets "unknown contact", and once the data file can no longer be
 * written every command gets "storage is full" instead of a storage error.
 */
final class CommandBusGuards {

    private CommandBusGuards() {
    }

    static void install(CommandBus commandBus, StorageFaults storageFaults) {
        commandBus.registerDispatchInterceptor(new RefuseWhenStorageIsLost(storageFaults));
        commandBus.registerDispatchInterceptor(new RequireContactAndOwner());
        commandBus.registerHandlerInterceptor(new UnknownAggregateAsUnknownContact());
    }

    private record RefuseWhenStorageIsLost(StorageFaults storageFaults) implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, message) -> {
                if (storageFaults.storeLost()) {
                    throw new StorageFullException();
                }
                return message;
            };
        }
    }

    private static final class RequireContactAndOwner implements MessageDispatchInterceptor<CommandMessage<?>> {

        @Override
        public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
            return (index, message) -> {
                if (message.getPayload() instanceof ContactCommand command) {
                    if (command.contactId() == null) {
                        throw new InvalidInputException("contactId", "The contact id is required.");
                    }
                    if (command.owner() == null || command.owner().isBlank()) {
                        throw new InvalidInputException("owner", "The owning account is required.");
                    }
                }
                return message;
            };
        }
    }

    private static final class UnknownAggregateAsUnknownContact implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            try {
                return chain.proceed();
            } catch (AggregateNotFoundException notFound) {
                if (unitOfWork.getMessage().getPayload() instanceof ContactCommand command) {
                    throw new UnknownContactException(command.contactId());
                }
                throw notFound;
            }
        }
    }
}
