package app.touchbase.platform.storage;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.shared.api.StorageFullException;
import app.touchbase.shared.api.TouchbaseException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.UUID;

/**
 * Run in a child JVM by {@link DiskFullWhileRunningTest}: the backend on a data file, adding contacts of the owner
 * "filler" one after another; says "acked N" for each stored one and "refused: MESSAGE" for a refused one, and stops
 * adding at the first "storage is full".
 */
public final class DiskFillingApp {

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(TouchbaseTestApplication.class, args);
        CommandGateway commands = app.getBean(CommandGateway.class);
        System.out.println("ready");
        for (int i = 0; ; i++) {
            try {
                commands.sendAndWait(new AddContact(UUID.randomUUID(), "filler", ContactDetails.named("Person " + i)));
                System.out.println("acked " + i);
            } catch (RuntimeException e) {
                System.out.println("refused: " + message(e));
                System.out.flush();
                if (e instanceof StorageFullException) {
                    // refused plainly: from here Touchbase stops by itself
                    return;
                }
            }
            System.out.flush();
        }
    }

    private static String message(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TouchbaseException) {
                return cause.getMessage();
            }
        }
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
