package app.touchbase.mail.automation;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.importantdate.api.Occurrences;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderPreferences;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What one contact may need a reminder about, and when each reminder is due: a touch on the day it falls due,
 * an important date its notice days before, a follow-up on its due day; all at the owner's hour in the owner's
 * zone. Pure: every change returns a new agenda.
 */
public record ContactAgenda(NextTouchState touch, Map<UUID, DatePlan> dates, Map<UUID, FollowUpPlan> followUps,
                            Set<String> reminded) {

    /** Reminded keys kept to recognise repeats; older ones belong to cycles long gone. */
    static final int REMEMBERED_KEYS = 200;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    public record DatePlan(String label, MonthDay day, Integer year, int noticeDays) {
    }

    public record FollowUpPlan(String text, LocalDate dueOn) {
    }

    /** A reminder and the moment it should go out. */
    public record Timed(ReminderOccasion occasion, Instant at) {
    }

    public ContactAgenda {
        dates = Map.copyOf(dates);
        followUps = Map.copyOf(followUps);
        reminded = Set.copyOf(reminded);
    }

    public static final ContactAgenda NONE = new ContactAgenda(NextTouchState.NONE, Map.of(), Map.of(), Set.of());

    /** This agenda once {@code event} has happened: the touch by the contact's own fold, dates, promises and reminders here. */
    public ContactAgenda after(ContactEvent event) {
        return after(event, touch.after(event));
    }

    /**
     * The same, with the touch kept to the latest of each kind (as a saga stores it), so the agenda stays the same size
     * however many touches the contact has; {@code touchesSoFar} is read only when the event brings back an earlier touch.
     */
    public ContactAgenda after(ContactEvent event, Supplier<NextTouchState> touchesSoFar) {
        return after(event, touch.afterKeepingLatest(event, touchesSoFar));
    }

    /** The agenda folded from a contact's whole history, its touch then kept to the latest of each kind. */
    public ContactAgenda keepingLatestTouchOfEachKind() {
        return new ContactAgenda(touch.keepingLatestTouchOfEachKind(), dates, followUps, reminded);
    }

    private ContactAgenda after(ContactEvent event, NextTouchState nextTouch) {
        ContactAgenda next = new ContactAgenda(nextTouch, dates, followUps, reminded);
        if (event instanceof ImportantDateAdded added) {
            return next.withDate(added.dateId(), new DatePlan(added.label(), added.day(), added.year(), added.noticeDays()));
        }
        if (event instanceof ImportantDateChanged changed) {
            return next.withDate(changed.dateId(), new DatePlan(changed.label(), changed.day(), changed.year(), changed.noticeDays()));
        }
        if (event instanceof ImportantDateRemoved removed) {
            return next.withoutDate(removed.dateId());
        }
        if (event instanceof FollowUpAdded added) {
            return next.withFollowUp(added.followUpId(), new FollowUpPlan(added.text(), added.dueOn()));
        }
        if (event instanceof FollowUpChanged changed) {
            return next.withChangedFollowUp(changed.followUpId(), new FollowUpPlan(changed.text(), changed.dueOn()));
        }
        if (event instanceof FollowUpCompleted completed) {
            return next.withoutFollowUp(completed.followUpId());
        }
        if (event instanceof FollowUpRemoved removed) {
            return next.withoutFollowUp(removed.followUpId());
        }
        if (event instanceof ReminderQueued queued) {
            return next.remindedOf(queued.occasions());
        }
        if (event instanceof DuplicateMergedIn merged) {
            // what the merged-away contact was reminded about is not reminded about again for the kept one
            return next.remindedOfKeys(merged.remindedOccasions());
        }
        return next;
    }

    private ContactAgenda withDate(UUID dateId, DatePlan plan) {
        Map<UUID, DatePlan> changed = new LinkedHashMap<>(dates);
        changed.put(dateId, plan);
        return new ContactAgenda(touch, changed, followUps, reminded);
    }

    private ContactAgenda withoutDate(UUID dateId) {
        Map<UUID, DatePlan> changed = new LinkedHashMap<>(dates);
        changed.remove(dateId);
        return new ContactAgenda(touch, changed, followUps, reminded);
    }

    private ContactAgenda withFollowUp(UUID followUpId, FollowUpPlan plan) {
        Map<UUID, FollowUpPlan> changed = new LinkedHashMap<>(followUps);
        changed.put(followUpId, plan);
        return new ContactAgenda(touch, dates, changed, reminded);
    }

    /** A promise moved to another day is reminded about again on that day, as the contact itself decides. */
    private ContactAgenda withChangedFollowUp(UUID followUpId, FollowUpPlan plan) {
        FollowUpPlan before = followUps.get(followUpId);
        ContactAgenda changed = withFollowUp(followUpId, plan);
        if (before == null || before.dueOn().equals(plan.dueOn())) {
            return changed;
        }
        Set<String> stillReminded = new LinkedHashSet<>(reminded);
        stillReminded.remove(ReminderOccasion.followUpKey(followUpId));
        return new ContactAgenda(touch, changed.dates, changed.followUps, stillReminded);
    }

    private ContactAgenda withoutFollowUp(UUID followUpId) {
        Map<UUID, FollowUpPlan> changed = new LinkedHashMap<>(followUps);
        changed.remove(followUpId);
        return new ContactAgenda(touch, dates, changed, reminded);
    }

    public ContactAgenda remindedOf(List<ReminderOccasion> occasions) {
        return remindedOfKeys(occasions.stream().map(ReminderOccasion::key).toList());
    }

    private ContactAgenda remindedOfKeys(Collection<String> keys) {
        Set<String> changed = new LinkedHashSet<>(reminded);
        changed.addAll(keys.stream().sorted().toList());
        List<String> kept = new ArrayList<>(changed);
        return new ContactAgenda(touch, dates, followUps,
                new LinkedHashSet<>(kept.subList(Math.max(0, kept.size() - REMEMBERED_KEYS), kept.size())));
    }

    /** Every reminder not sent yet, soonest first; none for an archived contact. */
    public List<Timed> upcoming(ReminderPreferences preferences, Instant now) {
        if (touch.archived()) {
            return List.of();
        }
        ZoneId zone = preferences.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Timed> all = new ArrayList<>();
        touch.schedule().forEach(due -> {
            LocalDate day = due.nextTouchOn();
            all.add(new Timed(ReminderOccasion.touch(due.rule().ruleId(), day, touchLabel(due.rule(), day, today)),
                    at(day, preferences)));
        });
        dates.forEach((dateId, plan) -> {
            LocalDate occurrence = Occurrences.nextOnOrAfter(plan.day(), today);
            String label = plan.label() + " on " + occurrence.format(DAY)
                    + (plan.year() == null ? "" : " (" + (occurrence.getYear() - plan.year()) + " years)");
            all.add(new Timed(ReminderOccasion.importantDate(dateId, occurrence, label),
                    at(occurrence.minusDays(plan.noticeDays()), preferences)));
        });
        followUps.forEach((followUpId, plan) -> all.add(new Timed(
                ReminderOccasion.followUp(followUpId, plan.dueOn(), "You promised: " + plan.text() + " (due " + plan.dueOn().format(DAY) + ")"),
                at(plan.dueOn(), preferences))));
        return all.stream()
                .filter(timed -> !reminded.contains(timed.occasion().key()))
                .sorted(Comparator.comparing(Timed::at))
                .toList();
    }

    public List<ReminderOccasion> dueNow(ReminderPreferences preferences, Instant now) {
        return upcoming(preferences, now).stream().filter(timed -> !timed.at().isAfter(now)).map(Timed::occasion).toList();
    }

    public Optional<Instant> nextReminderAt(ReminderPreferences preferences, Instant now) {
        return upcoming(preferences, now).stream().findFirst().map(Timed::at);
    }

    /** "Overdue since Friday 20 November"; a rule beside the cadence says its name: "Yearly lunch: time to get in touch". */
    private static String touchLabel(KeepInTouchRule rule, LocalDate day, LocalDate today) {
        String what = day.isBefore(today) ? "overdue since " + day.format(DAY) : "time to get in touch";
        return KeepInTouchRule.CADENCE.equals(rule.ruleId())
                ? Character.toUpperCase(what.charAt(0)) + what.substring(1)
                : rule.label() + ": " + what;
    }

    private static Instant at(LocalDate day, ReminderPreferences preferences) {
        return day.atTime(preferences.sendAt()).atZone(preferences.zone()).toInstant();
    }
}
