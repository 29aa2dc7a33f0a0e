package app.touchbase.plan.read;

import app.touchbase.contact.api.Fact;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.plan.api.GiveAndAsk;
import app.touchbase.shared.Excerpts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What to offer someone rather than ask, from plain rules over what the owner knows: a promise to keep, a date to
 * mark, news to congratulate on, a need an introduction could meet, an interest an article could feed.
 */
final class OfferSuggestion {

    static final int QUOTED = 80;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private static final Pattern NEWS = words("new job", "new role", "promoted", "promotion", "started at", "starts at",
            "joined", "launched", "graduated", "married", "wedding", "engaged", "baby", "born", "award", "won", "published",
            "funding", "raised", "retired", "retiring");
    private static final Pattern NEED = words("looking for", "job search", "job hunt", "hiring", "searching", "needs", "need",
            "seeking", "moving to", "relocating", "fundraising", "stuck", "struggling");
    private static final Pattern INTEREST = words("working on", "project", "building", "writing", "learning", "studying",
            "interested in", "into", "reading", "research", "researching", "loves", "likes", "hobby", "training for");

    private OfferSuggestion() {
    }

    /**
     * @param facts    newest first
     * @param dates    coming up, soonest first
     * @param promises open promises, earliest due first
     */
    static String of(List<Fact> facts, List<ImportantDate> dates, List<FollowUp> promises, GiveAndAsk balance, LocalDate today) {
        if (!promises.isEmpty()) {
            FollowUp promise = promises.get(0);
            return "Keep your promise" + (promise.dueOn().isBefore(today) ? " (it is late)" : "") + ": " + quoted(promise.text());
        }
        if (!dates.isEmpty()) {
            ImportantDate date = dates.get(0);
            String label = date.label().toLowerCase(Locale.ROOT);
            return (label.contains("birthday") ? "Wish them a happy birthday" : "Congratulate them on their " + label)
                    + " on " + date.nextOccurrence().format(DAY);
        }
        return firstFact(facts, NEWS).map(fact -> "Congratulate them: " + quoted(fact))
                .or(() -> firstFact(facts, NEED).map(fact -> "Offer an introduction or a lead: " + quoted(fact)))
                .or(() -> firstFact(facts, INTEREST).map(fact -> "Send an article or a link about " + quoted(fact)))
                .orElse(balance != null && balance.onlyAsked()
                        ? "You have only asked of them lately: offer help before you ask again."
                        : "Offer something small: an article, an introduction or a thank-you.");
    }

    private static Optional<String> firstFact(List<Fact> facts, Pattern rule) {
        return facts.stream().map(OfferSuggestion::said).filter(text -> rule.matcher(text).find()).findFirst();
    }

    private static String said(Fact fact) {
        return fact.topic() == null || fact.topic().isBlank() ? fact.text() : fact.topic() + ": " + fact.text();
    }

    private static String quoted(String text) {
        return "“" + Excerpts.oneLine(text, QUOTED) + "”";
    }

    private static Pattern words(String... phrases) {
        return Pattern.compile("\\b(" + String.join("|", phrases) + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
