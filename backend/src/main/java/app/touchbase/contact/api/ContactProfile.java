package app.touchbase.contact.api;

import java.util.List;

/** Facts and interactions newest first; the timeline newest first. */
public record ContactProfile(ContactSummary contact, List<Fact> facts, List<InteractionRecord> interactions,
                             List<TimelineEntry> timeline) {
}
