package app.touchbase.mail.outbox;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.reminder.api.QueueDigest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/** Run in a child JVM by {@link MailClaimAfterKillTest}: opens the account "kim" and queues one digest for it. */
public final class DigestQueuingApp {

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(TouchbaseTestApplication.class, args);
        CommandGateway commands = app.getBean(CommandGateway.class);
        commands.sendAndWait(new RegisterAccount("kim", "Kim", "correct horse battery", ZoneOffset.UTC));
        commands.sendAndWait(new ChangeReminderPreferences("kim", "kim@example.org", LocalTime.of(9, 0), DayOfWeek.MONDAY, true));
        commands.sendAndWait(new QueueDigest("kim", LocalDate.of(2026, 11, 23)));
        System.out.println("queued");
        System.out.flush();
    }
}
