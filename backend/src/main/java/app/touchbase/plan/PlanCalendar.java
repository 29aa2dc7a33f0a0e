package app.touchbase.plan;

import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.shared.OwnerZones;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The owner's weeks: they start on the digest weekday (Monday without a digest), days in the owner's zone. */
@Component
public class PlanCalendar {

    private final QueryGateway queries;
    private final OwnerZones zones;
    private final Clock clock;

    public PlanCalendar(QueryGateway queries, OwnerZones zones, Clock clock) {
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    public LocalDate today(String owner) {
        return zones.today(owner, clock);
    }

    public ZoneId zoneOf(String owner) {
        return zones.zoneOf(owner);
    }

    public LocalDate weekStartOf(String owner, LocalDate day) {
        return startOfWeek(day, firstDayOf(owner));
    }

    public static LocalDate startOfWeek(LocalDate day, DayOfWeek firstDay) {
        return day.with(TemporalAdjusters.previousOrSame(firstDay));
    }

    private DayOfWeek firstDayOf(String owner) {
        return queries.query(new FetchReminderPreferences(owner), ResponseTypes.optionalInstanceOf(ReminderPreferences.class))
                .join()
                .map(ReminderPreferences::digestDay)
                .orElse(ReminderPreferences.DEFAULT_DIGEST_DAY);
    }
}
