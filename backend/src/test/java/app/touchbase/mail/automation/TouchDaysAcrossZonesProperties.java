package app.touchbase.mail.automation;

import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.reminder.api.OccasionKind;
import app.touchbase.reminder.api.ReminderPreferences;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For an owner in any zone, a touch on a day plus a cadence falls due on that day plus the cadence as the owner reads
 * the calendar, and its reminder goes out at the owner's hour on that very day, across clock changes, month ends and
 * 29 February.
 */
class TouchDaysAcrossZonesProperties {

    static final UUID CONTACT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

    @Property(tries = 500)
    void theReminderGoesOutOnTheTouchDayPlusTheCadenceInTheOwnersZone(@ForAll("zones") ZoneId zone,
                                                                       @ForAll("days") LocalDate touchDay,
                                                                       @ForAll("periods") Period cadence,
                                                                       @ForAll @IntRange(min = 0, max = 23) int hour) {
        ReminderPreferences preferences = new ReminderPreferences("owner", "owner@example.com", zone, LocalTime.of(hour, 0),
                null, true);
        ContactAgenda agenda = ContactAgenda.NONE
                .after(new ContactAdded(CONTACT, "owner", ContactDetails.named("Grace"), LONG_AGO))
                .after(new CadenceSet(CONTACT, "owner", cadence, touchDay.minusYears(1), LONG_AGO))
                .after(new InteractionLogged(CONTACT, "owner", UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH, touchDay,
                        Direction.GAVE, null, LONG_AGO));

        LocalDate due = touchDay.plus(cadence);
        assertThat(agenda.touch().nextTouchOn()).contains(due);
        Instant aDayBefore = due.minusDays(1).atStartOfDay(zone).toInstant();
        ContactAgenda.Timed reminder = agenda.upcoming(preferences, aDayBefore).get(0);
        assertThat(reminder.occasion().kind()).isEqualTo(OccasionKind.TOUCH);
        assertThat(reminder.occasion().on()).isEqualTo(due);
        assertThat(LocalDate.ofInstant(reminder.at(), zone)).as("the reminder's day in the owner's zone").isEqualTo(due);
        assertThat(reminder.at().atZone(zone).getHour()).as("at the owner's hour (or just after a clock change skips it)")
                .isBetween(hour, hour + 1);
    }

    @Example
    void aCoffeeOnTwentyOctoberInBerlinWithAMonthlyCadenceIsDueOnTwentyNovember() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ContactAgenda agenda = ContactAgenda.NONE
                .after(new ContactAdded(CONTACT, "owner", ContactDetails.named("Grace"), LONG_AGO))
                .after(new CadenceSet(CONTACT, "owner", Period.ofMonths(1), LocalDate.of(2026, 9, 1), LONG_AGO))
                .after(new InteractionLogged(CONTACT, "owner", UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH,
                        LocalDate.of(2026, 10, 20), Direction.GAVE, null, LONG_AGO));
        ContactAgenda.Timed reminder = agenda.upcoming(ReminderPreferences.defaults("owner", berlin),
                Instant.parse("2026-11-01T00:00:00Z")).get(0);
        assertThat(reminder.occasion().on()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(reminder.at()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.oneOf(
                Arbitraries.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "Pacific/Apia", "UTC",
                        "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "America/St_Johns", "Europe/London"),
                Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().toList()))
                .map(ZoneId::of);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 365 * 12)
                .map(offset -> LocalDate.of(2020, 1, 1).plusDays(offset));
        Arbitrary<LocalDate> monthEnds = Arbitraries.integers().between(0, 12 * 12)
                .map(months -> LocalDate.of(2020, 1, 31).plusMonths(months).withDayOfMonth(1).plusMonths(1).minusDays(1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, anyDay),
                net.jqwik.api.Tuple.of(3, monthEnds),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29))));
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 8).map(Period::ofWeeks),
                Arbitraries.integers().between(1, 24).map(Period::ofMonths),
                Arbitraries.integers().between(1, 3).map(Period::ofYears));
    }
}
