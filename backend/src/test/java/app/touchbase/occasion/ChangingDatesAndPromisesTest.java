package app.touchbase.occasion;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.TimelineEntry;
import app.touchbase.contact.api.TimelineKind;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.followup.api.RemoveFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** A date or a promise changed on the contact page reaches the lists and the history; a bad change stores nothing. */
@IntegrationTest
class ChangingDatesAndPromisesTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;

    final String ada = Touchbase.newOwner();
    final UUID birthday = UUID.randomUUID();
    final UUID promise = UUID.randomUUID();
    UUID grace;
    LocalDate today;

    @BeforeEach
    void adaKnowsGrace() {
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        grace = touchbase.addContact(ada, ContactDetails.named("Grace Hopper"));
        touchbase.send(new AddImportantDate(grace, ada, birthday, "Birthday", MonthDay.of(12, 9), null, 3));
        touchbase.send(new AddFollowUp(grace, ada, promise, "Send the article", today.plusDays(2)));
    }

    @Test
    void aChangedDateAndPromiseShowTheirNewWordsAndDaysAndTheHistorySaysSo() {
        touchbase.send(new ChangeImportantDate(grace, ada, birthday, "Birthday", MonthDay.of(12, 10), 1906, 7));
        touchbase.send(new ChangeFollowUp(grace, ada, promise, "Send the COBOL article", today.plusDays(9)));

        await().untilAsserted(() -> {
            ImportantDate date = dates().get(0);
            assertThat(date.day()).isEqualTo(MonthDay.of(12, 10));
            assertThat(date.year()).isEqualTo(1906);
            assertThat(date.noticeDays()).isEqualTo(7);
            assertThat(openPromises()).extracting(FollowUp::text, FollowUp::dueOn)
                    .containsExactly(tuple("Send the COBOL article", today.plusDays(9)));
            assertThat(timeline()).extracting(TimelineEntry::kind)
                    .contains(TimelineKind.IMPORTANT_DATE_CHANGED, TimelineKind.FOLLOW_UP_CHANGED);
        });
        assertThat(timeline()).extracting(TimelineEntry::summary)
                .contains("Changed a date: Birthday", "Changed a promise: Send the COBOL article");
    }

    @Test
    void aRemovedPromiseLeavesTheListAndTheHistoryKeepsIt() {
        touchbase.send(new RemoveFollowUp(grace, ada, promise));

        await().untilAsserted(() -> {
            assertThat(openPromises()).isEmpty();
            assertThat(timeline()).extracting(TimelineEntry::kind).contains(TimelineKind.FOLLOW_UP_REMOVED);
        });
    }

    @Test
    void aBadChangeSaysWhatToFixAndKeepsWhatWasThere() {
        assertThatThrownBy(() -> touchbase.send(new ChangeFollowUp(grace, ada, promise, "Send it", today.plusYears(6))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("The due date must be within");
        assertThatThrownBy(() -> touchbase.send(new ChangeImportantDate(grace, ada, birthday, "Birthday", MonthDay.of(12, 10), null, 99)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("advance notice");

        await().untilAsserted(() -> assertThat(timeline()).extracting(TimelineEntry::kind)
                .contains(TimelineKind.FOLLOW_UP_ADDED, TimelineKind.IMPORTANT_DATE_ADDED));
        assertThat(openPromises()).extracting(FollowUp::text).containsExactly("Send the article");
        assertThat(dates()).extracting(ImportantDate::day).containsExactly(MonthDay.of(12, 9));
        assertThat(timeline()).extracting(TimelineEntry::kind)
                .doesNotContain(TimelineKind.FOLLOW_UP_CHANGED, TimelineKind.IMPORTANT_DATE_CHANGED);
    }

    private List<ImportantDate> dates() {
        return touchbase.query(new ListContactDates(ada, grace, today), ImportantDates.class).dates();
    }

    private List<FollowUp> openPromises() {
        return touchbase.query(new ListOpenFollowUps(ada, grace), OpenFollowUps.class).followUps();
    }

    private List<TimelineEntry> timeline() {
        return touchbase.queryOptional(new FetchContact(ada, grace), ContactProfile.class).orElseThrow().timeline();
    }
}
