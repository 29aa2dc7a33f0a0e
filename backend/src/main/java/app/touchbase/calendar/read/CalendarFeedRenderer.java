package app.touchbase.calendar.read;

import app.touchbase.account.api.AccountSettings;
import app.touchbase.account.api.CalendarFeedTokens;
import app.touchbase.account.api.FetchAccountSettings;
import app.touchbase.calendar.api.RenderCalendarFeed;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListUpcomingDates;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListNextTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.RuleTouch;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

/**
 * Every next touch as an all-day event with a reminder at 9:00, for calendar apps that subscribe to the secret
 * link. A touch that is already due sits on today, so it stays in sight until it is logged or snoozed.
 */
@Component
class CalendarFeedRenderer {

    static final int REMINDER_HOUR = 9;
    static final int YEAR = 366;

    private final CalendarFeedProjection feeds;
    private final QueryGateway queries;
    private final Clock clock;

    CalendarFeedRenderer(CalendarFeedProjection feeds, QueryGateway queries, Clock clock) {
        this.feeds = feeds;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<ExportedFile> handle(RenderCalendarFeed query) {
        if (query.token() == null || query.token().isBlank()) {
            return Optional.empty();
        }
        return feeds.accountFor(CalendarFeedTokens.hash(query.token())).map(this::render);
    }

    private ExportedFile render(String accountId) {
        ZoneId zone = queries.query(new FetchAccountSettings(accountId), ResponseTypes.optionalInstanceOf(AccountSettings.class))
                .join().map(AccountSettings::zone).orElse(ZoneId.systemDefault());
        DueTouches touches = queries.query(new ListNextTouches(accountId), ResponseTypes.instanceOf(DueTouches.class)).join();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();

        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Touchbase//Touchbase//EN");
        calendar.setExperimentalProperty("X-WR-CALNAME", "Touchbase");
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        for (NextTouch touch : touches.touches()) {
            touch.rules().forEach(rule -> calendar.addEvent(event(touch, rule, today)));
        }
        ImportantDates dates = queries.query(new ListUpcomingDates(accountId, today, YEAR),
                ResponseTypes.instanceOf(ImportantDates.class)).join();
        for (ImportantDate date : dates.dates()) {
            calendar.addEvent(event(date));
        }
        String text = Biweekly.write(calendar).go();
        return new ExportedFile("touchbase.ics", "text/calendar", text.getBytes(StandardCharsets.UTF_8));
    }

    /** One all-day event per rule of the contact, on its next touch (today once it is due). */
    private VEvent event(NextTouch touch, RuleTouch rule, LocalDate today) {
        LocalDate day = rule.nextTouchOn().isBefore(today) ? today : rule.nextTouchOn();
        boolean cadence = rule.isCadence();
        VEvent event = new VEvent();
        event.setUid(touch.contactId() + (cadence ? "" : "-" + rule.rule().ruleId()) + "@touchbase");
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setDateStart(new DateStart(allDay(day), false));
        event.setDateEnd(new DateEnd(allDay(day.plusDays(1)), false));
        String summary = "Get in touch with " + touch.name() + (cadence ? "" : ": " + rule.rule().label());
        event.setSummary(summary);
        event.setDescription(rule.rule().describe() + " · " + rule.status().label()
                + (rule.lastTouchOn() == null ? "" : " · last touch " + rule.lastTouchOn()));
        event.addAlarm(VAlarm.display(new Trigger(Duration.builder().hours(REMINDER_HOUR).build(), Related.START), summary));
        return event;
    }

    /** A yearly all-day event; its alarm goes off at 9:00 the chosen number of days before. */
    private VEvent event(ImportantDate date) {
        VEvent event = new VEvent();
        event.setUid(date.dateId() + "@touchbase");
        event.setDateTimeStamp(Date.from(clock.instant()));
        LocalDate first = date.year() == null ? date.nextOccurrence() : date.day().atYear(date.year());
        event.setDateStart(new DateStart(allDay(first), false));
        event.setDateEnd(new DateEnd(allDay(first.plusDays(1)), false));
        event.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).build());
        String summary = date.contactName() + ": " + date.label();
        event.setSummary(summary);
        Duration.Builder alarm = Duration.builder();
        if (date.noticeDays() == 0) {
            alarm.hours(REMINDER_HOUR);
        } else {
            alarm.prior(true).hours(24 - REMINDER_HOUR);
            if (date.noticeDays() > 1) {
                alarm.days(date.noticeDays() - 1);
            }
        }
        event.addAlarm(VAlarm.display(new Trigger(alarm.build(), Related.START), summary));
        return event;
    }

    /** biweekly writes a date-only value in the JVM's zone, so the day is anchored there. */
    private static Date allDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
