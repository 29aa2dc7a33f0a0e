package app.touchbase.mail;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.reminder.api.ListOutbox;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.Outbox;
import app.touchbase.reminder.api.QueueDigest;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The log tells what happened to which mail by id; what a mail says and whom it is about stay on the Mail page. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailLogsTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    @Test
    void aKeptMailIsLoggedByIdWithoutItsTextAddressesNamesOrLinks(CapturedOutput log) {
        String owner = touchbase.registerAccount("logs", "Adelheid Secretname");
        touchbase.send(new ChangeReminderPreferences(owner, "adelheid.private@example.org", LocalTime.of(9, 0), DayOfWeek.MONDAY, true));
        UUID grace = touchbase.addContact(owner, ContactDetails.named("Grace Confidential").withEmails("grace.hidden@example.org"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        touchbase.send(new AddFollowUp(grace, owner, UUID.randomUUID(), "Send the article about her nephew's robot", today));
        await().until(() -> touchbase.contact(owner, grace).isPresent());

        UUID digestId = touchbase.send(new QueueDigest(owner, today));
        await().untilAsserted(() -> assertThat(touchbase.query(new ListOutbox(owner, 10), Outbox.class).mails())
                .singleElement().satisfies(mail -> {
                    assertThat(mail.status()).isEqualTo(MailStatus.KEPT);
                    assertThat(mail.text()).as("the Mail page has it all").contains("Grace Confidential", "nephew's robot", "http://");
                }));
        await().until(() -> log.getAll().contains("Kept mail " + digestId + " in the outbox"));

        assertThat(log.getAll()).doesNotContain("Adelheid", "adelheid.private@example.org", "Grace Confidential",
                "grace.hidden@example.org", "nephew", "Your week in Touchbase", "http://localhost:8080/");
    }
}
