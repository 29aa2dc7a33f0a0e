package app.touchbase.plan.read;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.plan.api.Reach;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The best way to reach someone: their preferred channel when it can be acted on, else what their details allow. */
final class ReachLinks {

    static final String SUBJECT = "Catching up";
    private static final Pattern LINKEDIN = Pattern.compile("https?://(?:[a-z]+\\.)?linkedin\\.com/\\S+", Pattern.CASE_INSENSITIVE);

    private ReachLinks() {
    }

    /** Phone numbers are shown as people in {@code homeRegion} write them (national there), and dialled in E.164 form. */
    static Reach of(ContactSummary contact, List<Fact> facts, String homeRegion) {
        ContactDetails details = contact.details();
        Optional<Reach> email = details.emails().stream().findFirst()
                .map(address -> new Reach("Email " + address, "mailto:" + address + "?subject="
                        + URLEncoder.encode(SUBJECT, StandardCharsets.UTF_8).replace("+", "%20")));
        Optional<Reach> phone = contact.phoneNumbers().stream().findFirst()
                .map(number -> new Reach("Call " + number.shown(homeRegion), number.telLink()));
        Optional<Reach> text = contact.phoneNumbers().stream().findFirst()
                .map(number -> new Reach("Text " + number.shown(homeRegion), number.smsLink()));
        Optional<Reach> linkedIn = linkedIn(facts).map(url -> new Reach("LinkedIn", url));
        Channel preferred = details.preferredChannel();
        Optional<Reach> chosen = preferred == null ? Optional.empty() : switch (preferred) {
            case EMAIL -> email;
            case PHONE -> phone;
            case MESSAGE -> text;
            case VIDEO_CALL -> email.or(() -> phone);
            case SOCIAL -> linkedIn;
            case IN_PERSON -> Optional.of(new Reach("In person", null));
        };
        return chosen.or(() -> email).or(() -> phone).or(() -> linkedIn).orElse(Reach.NOWHERE);
    }

    private static Optional<String> linkedIn(List<Fact> facts) {
        for (Fact fact : facts) {
            Matcher url = LINKEDIN.matcher(fact.text() == null ? "" : fact.text());
            if (url.find()) {
                return Optional.of(url.group().replaceAll("[.,;)]+$", ""));
            }
        }
        return Optional.empty();
    }
}
