package app.touchbase.asof.api;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.nexttouch.api.NextTouch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact as it was at a past moment: what the owner knew then (its phones as they were read when stored), with the next touch and its status as they stood
 * that day (in the owner's zone). {@code importantDates}: the dates known then, each with its next occurrence on or
 * after that day, soonest first. {@code touches}: the touches on or before that day, newest first, including those
 * logged later (marked). {@code changesSince}: what is different now, in words, one change a line.
 */
public record ContactAsOf(UUID contactId, Instant asOf, LocalDate day, ContactDetails details,
                          List<PhoneNumber> phoneNumbers, boolean archived,
                          List<Fact> facts, List<CircleRef> circles, NextTouch nextTouch, List<FollowUp> openFollowUps,
                          List<ImportantDate> importantDates, List<AsOfTouch> touches, List<String> changesSince) {

    public ContactAsOf {
        phoneNumbers = List.copyOf(phoneNumbers);
        facts = List.copyOf(facts);
        circles = List.copyOf(circles);
        openFollowUps = List.copyOf(openFollowUps);
        importantDates = List.copyOf(importantDates);
        touches = List.copyOf(touches);
        changesSince = List.copyOf(changesSince);
    }
}
