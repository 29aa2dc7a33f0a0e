package app.touchbase.support;

import app.touchbase.account.api.AccountRegistered;
import app.touchbase.account.api.AccountSettingsChanged;
import app.touchbase.account.api.CalendarFeedClosed;
import app.touchbase.account.api.CalendarFeedOpened;
import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SnoozeStopped;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.circle.api.CircleArchived;
import app.touchbase.circle.api.CircleChanged;
import app.touchbase.circle.api.CircleCreated;
import app.touchbase.circle.api.CircleDeleted;
import app.touchbase.circle.api.CircleDetails;
import app.touchbase.circle.api.CircleMembersAdded;
import app.touchbase.circle.api.CircleMembersRemoved;
import app.touchbase.circle.api.CircleRestored;
import app.touchbase.circle.api.CircleRuleCleared;
import app.touchbase.circle.api.CircleRuleSet;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.importing.api.ImportFailed;
import app.touchbase.importing.api.ImportFinished;
import app.touchbase.importing.api.ImportFormat;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportUndoStarted;
import app.touchbase.importing.api.ImportUndone;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.reminder.api.ReminderPreferencesChanged;
import app.touchbase.reminder.api.ReminderSent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Plausible event histories of accounts and their contacts, the same for the same seed: every event a read-model
 * projection folds, in an order the aggregates could have produced. Event shapes live here only.
 */
public final class RandomHistory {

    private static final String[] NAMES = {"Ada Lovelace", "Grace Hopper", "Alan Kay", "Barbara Liskov", "Ken Thompson"};
    private static final String[] COMPANIES = {"Acme", "Initech", null, "Globex"};

    private final Random random;
    private Instant now;
    private final List<DomainEventMessage<?>> events = new ArrayList<>();

    private RandomHistory(long seed, Instant start) {
        this.random = new Random(seed);
        this.now = start;
    }

    /** {@code accounts} accounts with {@code contacts} contacts each, about {@code eventsPerContact} events per contact. */
    public static List<DomainEventMessage<?>> generate(long seed, int accounts, int contacts, int eventsPerContact) {
        RandomHistory history = new RandomHistory(seed, Instant.parse("2025-01-01T08:00:00Z"));
        List<Stream> streams = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            String owner = "owner-" + seed + "-" + a;
            streams.add(history.new AccountStream(owner));
            streams.add(history.new ImportStream(owner));
            for (int c = 0; c < CIRCLES; c++) {
                streams.add(history.new CircleStream(owner, circleId(owner, c)));
            }
            for (int c = 0; c < contacts; c++) {
                streams.add(history.new ContactStream(owner, history.uuid(), eventsPerContact));
            }
        }
        while (!streams.isEmpty()) {
            Stream next = streams.get(history.random.nextInt(streams.size()));
            if (!next.emitNext()) {
                streams.remove(next);
            }
        }
        return List.copyOf(history.events);
    }

    private static final int CIRCLES = 2;
    private static final CircleColour[] COLOURS = CircleColour.values();

    private static UUID circleId(String owner, int index) {
        return UUID.nameUUIDFromBytes((owner + "/circle/" + index).getBytes());
    }

    private KeepInTouchRule circleRule() {
        return new KeepInTouchRule(pick(List.of("quarterly", "lunch")), "Rule " + random.nextInt(9),
                Period.ofMonths(1 + random.nextInt(12)), random.nextBoolean() ? Set.of() : Set.of(pick(InteractionType.values())));
    }

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Instant daysAgo(int max) {
        return now.minus(Duration.ofDays(random.nextInt(max) + 1));
    }

    static LocalDate dayOf(Instant moment) {
        return LocalDate.ofInstant(moment, ZoneOffset.UTC);
    }

    private void append(String type, String aggregateId, long sequence, Function<Instant, Object> payload) {
        now = now.plus(Duration.ofMinutes(1 + random.nextInt(600)));
        events.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload.apply(now), MetaData.emptyInstance(),
                uuid().toString(), now));
    }

    private abstract static class Stream {
        long sequence;

        abstract boolean emitNext();
    }

    private final class AccountStream extends Stream {
        private final String owner;
        private int left = 4;

        AccountStream(String owner) {
            this.owner = owner;
        }

        @Override
        boolean emitNext() {
            if (sequence == 0) {
                append("Account", owner, sequence++, at -> new AccountRegistered(owner, "Owner " + owner, "$2a$10$hash", ZoneId.of("Europe/Berlin"), at));
                return true;
            }
            if (sequence == 1) {
                append("Account", owner, sequence++, at -> new CalendarFeedOpened(owner, Long.toHexString(random.nextLong()), at));
                return true;
            }
            switch (random.nextInt(4)) {
                case 0 -> append("Account", owner, sequence++, at -> new AccountSettingsChanged(owner, "Renamed " + random.nextInt(99),
                        ZoneId.of(random.nextBoolean() ? "UTC" : "America/New_York"), Period.ofMonths(1 + random.nextInt(6)), at));
                case 1 -> append("Account", owner, sequence++, at -> new CalendarFeedOpened(owner, Long.toHexString(random.nextLong()), at));
                case 2 -> append("Account", owner, sequence++, at -> new CalendarFeedClosed(owner, at));
                default -> append("Account", owner, sequence++, at -> new ReminderPreferencesChanged(owner, owner + "@example.org",
                        LocalTime.of(6 + random.nextInt(12), 0), DayOfWeek.of(1 + random.nextInt(7)), random.nextBoolean(), at));
            }
            return --left > 0;
        }
    }

    private final class ImportStream extends Stream {
        private final String owner;
        private final UUID importId;

        ImportStream(String owner) {
            this.owner = owner;
            this.importId = uuid();
        }

        @Override
        boolean emitNext() {
            String id = importId.toString();
            if (sequence == 0) {
                append("ImportBatch", id, sequence++, at -> new ImportRecorded(importId, owner, "Connections.csv", pick(ImportFormat.values()),
                        List.of(), at));
                return true;
            }
            if (sequence == 1) {
                if (random.nextInt(3) == 0) {
                    append("ImportBatch", id, sequence++, at -> new ImportFailed(importId, owner, "Row 3: the name is missing.", at));
                    return false;
                }
                append("ImportBatch", id, sequence++, at -> new ImportFinished(importId, owner, at));
                return random.nextBoolean();
            }
            if (sequence == 2) {
                append("ImportBatch", id, sequence++, at -> new ImportUndoStarted(importId, owner, List.of(), at));
                return true;
            }
            append("ImportBatch", id, sequence++, at -> new ImportUndone(importId, owner, at));
            return false;
        }
    }

    private final class CircleStream extends Stream {
        private final String owner;
        private final UUID circleId;
        private final List<UUID> members = new ArrayList<>();
        private int left = 6;

        CircleStream(String owner, UUID circleId) {
            this.owner = owner;
            this.circleId = circleId;
        }

        private void emit(Function<Instant, Object> payload) {
            append("Circle", circleId.toString(), sequence++, payload);
        }

        @Override
        boolean emitNext() {
            if (sequence == 0) {
                emit(at -> new CircleCreated(circleId, owner, new CircleDetails("Circle " + random.nextInt(99), null, pick(COLOURS)), at));
                return true;
            }
            switch (random.nextInt(6)) {
                case 0 -> emit(at -> new CircleChanged(circleId, owner, new CircleDetails("Renamed " + random.nextInt(99),
                        random.nextBoolean() ? "About them" : null, pick(COLOURS)), at));
                case 1 -> emit(at -> new CircleRuleSet(circleId, owner, circleRule(), dayOf(at), at));
                case 2 -> emit(at -> new CircleRuleCleared(circleId, owner, pick(List.of("quarterly", "lunch")), at));
                case 3 -> {
                    List<UUID> joining = List.of(uuid(), uuid());
                    members.addAll(joining);
                    emit(at -> new CircleMembersAdded(circleId, owner, joining, dayOf(at), at));
                }
                case 4 -> {
                    if (members.isEmpty()) return emitNext();
                    List<UUID> leaving = List.of(members.remove(random.nextInt(members.size())));
                    emit(at -> new CircleMembersRemoved(circleId, owner, leaving, at));
                }
                default -> emit(at -> random.nextBoolean() ? new CircleArchived(circleId, owner, at) : new CircleRestored(circleId, owner, at));
            }
            if (--left > 0) {
                return true;
            }
            if (members.isEmpty() && random.nextBoolean()) {
                emit(at -> new CircleDeleted(circleId, owner, at));
            }
            return false;
        }
    }

    private final class ContactStream extends Stream {
        private final String owner;
        private final String id;
        private final UUID contactId;
        private int left;
        private boolean archived;
        private boolean cadence;
        private final List<UUID> interactions = new ArrayList<>();
        private final List<UUID> dates = new ArrayList<>();
        private final List<UUID> facts = new ArrayList<>();
        private final List<UUID> followUps = new ArrayList<>();

        ContactStream(String owner, UUID contactId, int events) {
            this.owner = owner;
            this.contactId = contactId;
            this.id = contactId.toString();
            this.left = events / 2 + random.nextInt(events + 1);
        }

        private void emit(Function<Instant, Object> payload) {
            append("Contact", id, sequence++, payload);
        }

        private ContactDetails details() {
            return new ContactDetails(pick(NAMES) + " " + random.nextInt(1000), List.of("p" + random.nextInt(999) + "@example.org"),
                    List.of(), pick(COMPANIES), random.nextBoolean() ? "CTO" : null, pick(Channel.values()),
                    random.nextBoolean() ? "Conference" : null, List.of("t" + random.nextInt(3)));
        }

        @Override
        boolean emitNext() {
            if (sequence == 0) {
                emit(at -> new ContactAdded(contactId, owner, details(), at));
                return true;
            }
            if (archived) {
                emit(at -> new ContactRestored(contactId, owner, at));
                archived = false;
                return --left > 0;
            }
            switch (random.nextInt(14)) {
                case 0 -> emit(at -> new ContactDetailsChanged(contactId, owner, details(), at));
                case 1 -> {
                    if (!facts.isEmpty() && random.nextInt(3) == 0) {
                        UUID fact = random.nextBoolean() ? pick(facts) : facts.remove(random.nextInt(facts.size()));
                        emit(at -> facts.contains(fact)
                                ? new FactCorrected(contactId, owner, fact, "Corrected", "Fact " + random.nextInt(99), null, at)
                                : new FactRemoved(contactId, owner, fact, at));
                    } else {
                        UUID fact = uuid();
                        facts.add(fact);
                        emit(at -> new FactRecorded(contactId, owner, fact, random.nextBoolean() ? "Kids" : null, "Fact " + random.nextInt(99),
                                random.nextBoolean() ? LocalDate.ofInstant(daysAgo(400), ZoneOffset.UTC) : null, at));
                    }
                }
                case 2, 3, 4 -> {
                    UUID interaction = uuid();
                    interactions.add(interaction);
                    emit(at -> new InteractionLogged(contactId, owner, interaction, pick(InteractionType.values()), dayOf(daysAgo(60)),
                            pick(Direction.values()), random.nextBoolean() ? "Talked about " + random.nextInt(99) : null, at));
                }
                case 5 -> {
                    if (interactions.isEmpty()) return emitNext();
                    UUID interaction = pick(interactions);
                    emit(at -> new InteractionCorrected(contactId, owner, interaction, pick(InteractionType.values()), dayOf(daysAgo(60)),
                            pick(Direction.values()), "Corrected " + random.nextInt(99), at));
                }
                case 6 -> {
                    if (interactions.isEmpty()) return emitNext();
                    UUID interaction = interactions.remove(random.nextInt(interactions.size()));
                    emit(at -> new InteractionRemoved(contactId, owner, interaction, at));
                }
                case 7 -> {
                    if (random.nextInt(3) == 0) {
                        UUID circleId = circleId(owner, random.nextInt(CIRCLES));
                        if (random.nextInt(3) == 0) {
                            emit(at -> new CircleRulesWithdrawn(contactId, owner, circleId, at));
                        } else {
                            CircleRef circle = new CircleRef(circleId, "Circle " + random.nextInt(3), pick(COLOURS));
                            List<KeepInTouchRule> rules = random.nextBoolean() ? List.of(circleRule()) : List.of();
                            emit(at -> new CircleRulesApplied(contactId, owner, circle, rules, dayOf(at),
                                    rules.isEmpty() || random.nextBoolean() ? Map.of()
                                            : Map.of(rules.get(0).ruleId(), dayOf(at).plusDays(1 + random.nextInt(30))), at));
                        }
                        return --left > 0;
                    }
                    if (random.nextInt(3) == 0) {
                        KeepInTouchRule rule = new KeepInTouchRule(pick(List.of("lunch", "note")), "Rule " + random.nextInt(9),
                                Period.ofMonths(1 + random.nextInt(12)), Set.of(pick(InteractionType.values())));
                        if (random.nextInt(4) == 0) {
                            emit(at -> new KeepInTouchRuleCleared(contactId, owner, rule.ruleId(), at));
                        } else {
                            emit(at -> new KeepInTouchRuleSet(contactId, owner, rule, dayOf(at), at));
                        }
                        return --left > 0;
                    }
                    cadence = true;
                    emit(at -> new CadenceSet(contactId, owner, random.nextBoolean() ? Period.ofWeeks(1 + random.nextInt(4))
                            : Period.ofMonths(1 + random.nextInt(12)), dayOf(at), at));
                }
                case 8 -> {
                    if (!cadence) return emitNext();
                    if (random.nextInt(3) == 0) {
                        cadence = false;
                        emit(at -> new CadenceCleared(contactId, owner, at));
                    } else {
                        if (random.nextInt(4) == 0) {
                            emit(at -> new SnoozeStopped(contactId, owner, at));
                        } else {
                            emit(at -> new TouchSnoozed(contactId, owner, dayOf(at).plusDays(1 + random.nextInt(90)), at,
                                    random.nextBoolean() ? null : KeepInTouchRule.CADENCE));
                        }
                    }
                }
                case 9 -> {
                    if (random.nextInt(3) != 0) return emitNext();
                    archived = true;
                    emit(at -> new ContactArchived(contactId, owner, at));
                }
                case 10 -> {
                    UUID date = uuid();
                    dates.add(date);
                    emit(at -> new ImportantDateAdded(contactId, owner, date, random.nextBoolean() ? "Birthday" : "Anniversary",
                            MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextBoolean() ? 1980 + random.nextInt(30) : null,
                            random.nextInt(8), at));
                }
                case 11 -> {
                    if (dates.isEmpty()) return emitNext();
                    if (random.nextBoolean()) {
                        UUID date = dates.get(random.nextInt(dates.size()));
                        emit(at -> new ImportantDateChanged(contactId, owner, date, "Name day",
                                MonthDay.of(1 + random.nextInt(12), 1 + random.nextInt(28)), null, random.nextInt(8), at));
                    } else {
                        UUID date = dates.remove(random.nextInt(dates.size()));
                        emit(at -> new ImportantDateRemoved(contactId, owner, date, at));
                    }
                }
                case 12 -> {
                    int choice = random.nextInt(4);
                    if (!followUps.isEmpty() && choice == 0) {
                        UUID followUp = followUps.remove(random.nextInt(followUps.size()));
                        emit(at -> new FollowUpCompleted(contactId, owner, followUp, at));
                    } else if (!followUps.isEmpty() && choice == 1) {
                        UUID followUp = followUps.remove(random.nextInt(followUps.size()));
                        emit(at -> new FollowUpRemoved(contactId, owner, followUp, at));
                    } else if (!followUps.isEmpty() && choice == 2) {
                        UUID followUp = followUps.get(random.nextInt(followUps.size()));
                        emit(at -> new FollowUpChanged(contactId, owner, followUp, "Send the paper " + random.nextInt(99),
                                LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(random.nextInt(30)), at));
                    } else {
                        UUID followUp = uuid();
                        followUps.add(followUp);
                        emit(at -> new FollowUpAdded(contactId, owner, followUp, "Send the article " + random.nextInt(99),
                                LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(random.nextInt(30)), at));
                    }
                }
                default -> emit(at -> new ReminderSent(contactId, owner, uuid(), owner + "@example.org", at));
            }
            return --left > 0;
        }
    }
}
