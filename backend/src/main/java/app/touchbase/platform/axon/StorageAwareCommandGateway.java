package app.touchbase.platform.axon;

import app.touchbase.platform.storage.StorageFaults;
import app.touchbase.shared.api.StorageFullException;
import app.touchbase.shared.api.TouchbaseException;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * The command whose events hit the full disk fails while they are stored, after every handler and interceptor has run,
 * with whatever the store made of it ("Cannot reuse aggregate identifier", say). Once the store is known to be lost,
 * such a failure is reported as "Storage is full; nothing new is saved." like every command after it.
 */
final class StorageAwareCommandGateway implements CommandGateway {

    private final CommandGateway delegate;
    private final StorageFaults storageFaults;

    StorageAwareCommandGateway(CommandGateway delegate, StorageFaults storageFaults) {
        this.delegate = delegate;
        this.storageFaults = storageFaults;
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        delegate.send(command, (CommandCallback<C, R>) (message, result) -> callback.onResult(message,
                result.isExceptional() && lostStorage(result.exceptionResult())
                        ? GenericCommandResultMessage.asCommandResultMessage(new StorageFullException())
                        : result));
    }

    @Override
    public <R> R sendAndWait(Object command) {
        try {
            return delegate.sendAndWait(command);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        try {
            return delegate.sendAndWait(command, timeout, unit);
        } catch (RuntimeException failure) {
            throw translated(failure);
        }
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        CompletableFuture<R> result = new CompletableFuture<>();
        delegate.<R>send(command).whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                result.completeExceptionally(lostStorage(cause) ? new StorageFullException() : cause);
            }
        });
        return result;
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return delegate.registerDispatchInterceptor(interceptor);
    }

    private RuntimeException translated(RuntimeException failure) {
        return lostStorage(failure) ? new StorageFullException() : failure;
    }

    private boolean lostStorage(Throwable failure) {
        return storageFaults.storeLost() && !(failure instanceof TouchbaseException);
    }
}
