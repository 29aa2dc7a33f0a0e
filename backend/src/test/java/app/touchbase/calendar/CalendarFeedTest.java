package app.touchbase.calendar;

import app.touchbase.account.api.CloseCalendarFeed;
import app.touchbase.account.api.OpenCalendarFeed;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.calendar.api.CalendarFeedStatus;
import app.touchbase.calendar.api.FetchCalendarFeedStatus;
import app.touchbase.calendar.api.RenderCalendarFeed;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.TestClockConfiguration;
import app.touchbase.support.Touchbase;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class CalendarFeedTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Touchbase touchbase;
    @Autowired
    MutableClock clock;
    @Autowired
    MongoDatabase database;

    Optional<ICalendar> feed(String token) {
        return touchbase.queryOptional(new RenderCalendarFeed(token), ExportedFile.class)
                .map(file -> Biweekly.parse(new String(file.content(), StandardCharsets.UTF_8)).first());
    }

    static LocalDate day(VEvent event) {
        return event.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    @Test
    void aSecretLinkShowsEveryNextTouchWithAReminderUntilItIsRevoked() {
        clock.set(TestClockConfiguration.START);
        String account = touchbase.send(new RegisterAccount("cal-" + UUID.randomUUID().toString().substring(0, 8), "Cal", "calendar password", BERLIN));
        UUID overdue = touchbase.addContact(account, "Overdue Olga");
        touchbase.setCadence(account, overdue, Period.ofMonths(1));
        touchbase.logInteraction(account, overdue, InteractionType.CALL, LocalDate.ofInstant(clock.instant(), BERLIN).minusDays(100));
        UUID later = touchbase.addContact(account, "Later Lars");
        touchbase.setCadence(account, later, Period.ofMonths(3));
        touchbase.addContact(account, "No Cadence Nora");

        String token = touchbase.send(new OpenCalendarFeed(account));
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(database.getCollection("domainevents").find(new Document("aggregateIdentifier", account)).into(new ArrayList<>()))
                .as("the token is never stored").noneSatisfy(event -> assertThat(event.toJson()).contains(token));

        await().untilAsserted(() -> assertThat(feed(token)).hasValueSatisfying(calendar ->
                assertThat(calendar.getEvents()).hasSize(2)));
        ICalendar calendar = feed(token).orElseThrow();
        LocalDate today = LocalDate.of(2026, 11, 22);
        VEvent olga = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().contains("Olga")).findFirst().orElseThrow();
        assertThat(olga.getSummary().getValue()).isEqualTo("Get in touch with Overdue Olga");
        assertThat(day(olga)).as("an overdue touch sits on today").isEqualTo(today);
        assertThat(olga.getDateStart().getValue().hasTime()).isFalse();
        assertThat(olga.getAlarms()).singleElement().satisfies(alarm ->
                assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("PT9H"));
        VEvent lars = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().contains("Lars")).findFirst().orElseThrow();
        assertThat(day(lars)).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(lars.getUid().getValue()).isEqualTo(later + "@touchbase");
        assertThat(touchbase.query(new FetchCalendarFeedStatus(account), CalendarFeedStatus.class).open()).isTrue();

        String replacement = touchbase.send(new OpenCalendarFeed(account));
        await().untilAsserted(() -> assertThat(feed(token)).as("a replaced link stops working").isEmpty());
        assertThat(feed(replacement)).isPresent();

        touchbase.send(new CloseCalendarFeed(account));
        await().untilAsserted(() -> assertThat(feed(replacement)).as("a revoked link stops working").isEmpty());
        assertThat(touchbase.query(new FetchCalendarFeedStatus(account), CalendarFeedStatus.class).open()).isFalse();
        assertThat(feed("made-up-token")).isEmpty();
    }

    @Test
    void birthdaysComeEveryYearWithAnAlarmTheirNoticeDaysAhead() {
        clock.set(TestClockConfiguration.START);
        String account = touchbase.send(new RegisterAccount("bday-" + UUID.randomUUID().toString().substring(0, 8), "Cal", "calendar password", BERLIN));
        UUID grace = touchbase.addContact(account, "Grace Hopper");
        UUID dateId = UUID.randomUUID();
        touchbase.send(new AddImportantDate(grace, account, dateId, "Birthday", MonthDay.of(12, 9), null, 3));
        touchbase.send(new AddImportantDate(grace, account, UUID.randomUUID(), "Work anniversary", MonthDay.of(1, 15), 2019, 0));
        String token = touchbase.send(new OpenCalendarFeed(account));

        await().untilAsserted(() -> assertThat(feed(token)).hasValueSatisfying(calendar ->
                assertThat(calendar.getEvents()).hasSize(2)));
        ICalendar calendar = feed(token).orElseThrow();
        VEvent birthday = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(dateId + "@touchbase")).findFirst().orElseThrow();
        assertThat(birthday.getSummary().getValue()).isEqualTo("Grace Hopper: Birthday");
        assertThat(day(birthday)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(birthday.getRecurrenceRule().getValue().getFrequency()).isEqualTo(Frequency.YEARLY);
        assertThat(birthday.getAlarms()).singleElement().satisfies(alarm ->
                assertThat(alarm.getTrigger().getDuration().toString()).as("9:00 three days before").isEqualTo("-P2DT15H"));
        VEvent anniversary = calendar.getEvents().stream().filter(e -> e.getSummary().getValue().endsWith("Work anniversary")).findFirst().orElseThrow();
        assertThat(day(anniversary)).as("a known year starts the series").isEqualTo(LocalDate.of(2019, 1, 15));
        assertThat(anniversary.getAlarms()).singleElement().satisfies(alarm ->
                assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("PT9H"));
    }
}
