package app.touchbase.mail.links;

import app.touchbase.reminder.api.LinkAction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One-click links in mails: each names one action on one contact of one owner, the touch it was sent for, and
 * expires. The link carries those claims and an HMAC-SHA256 signature over them, so it can't be altered to reach
 * another contact, and nothing about it needs to be stored. Only the exact text this class wrote is accepted: a
 * padded, re-encoded or shortened token is refused.
 */
@Component
public class ReminderLinks {

    public static final String PATH = "/act/";
    static final Duration VALID_FOR = Duration.ofDays(14);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SIGNATURE_CHARACTERS = 43;

    /**
     * What a valid link stands for. {@code touchDueOn} is the day the touch was due when the mail was written (null
     * when the contact had no cadence then): a snooze or skip acts only while that is still the next touch.
     */
    public record Signed(String owner, UUID contactId, LinkAction action, Instant expiresAt, LocalDate touchDueOn) {

        /** The same link always names the same touch, so following it twice logs one. */
        public UUID touchId() {
            return UUID.nameUUIDFromBytes(claims(owner, contactId, action, expiresAt, touchDueOn).getBytes(StandardCharsets.UTF_8));
        }
    }

    private final LinkSecret secret;
    private final String baseUrl;

    ReminderLinks(LinkSecret secret, @Value("${touchbase.public-url:http://localhost:8080}") String baseUrl) {
        this.secret = secret;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String url(String owner, UUID contactId, LinkAction action, Instant issuedAt, LocalDate touchDueOn) {
        String payload = claims(owner, contactId, action, issuedAt.plus(VALID_FOR), touchDueOn);
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return baseUrl + PATH + encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    private static String claims(String owner, UUID contactId, LinkAction action, Instant expiresAt, LocalDate touchDueOn) {
        return String.join("|", owner, contactId.toString(), action.name(), Long.toString(expiresAt.getEpochSecond()),
                touchDueOn == null ? "" : touchDueOn.toString());
    }

    public String contactUrl(UUID contactId) {
        return baseUrl + "/contacts/" + contactId;
    }

    public String appUrl() {
        return baseUrl + "/";
    }

    /** Empty when the token was not made here or was altered; an expired link still reads, see {@link Signed#expiresAt}. */
    public Optional<Signed> read(String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String encoded = token.substring(0, dot);
            String signature = token.substring(dot + 1);
            byte[] expected = ENCODER.encodeToString(sign(encoded)).getBytes(StandardCharsets.US_ASCII);
            if (signature.length() != SIGNATURE_CHARACTERS
                    || !MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.empty();
            }
            byte[] payload = DECODER.decode(encoded);
            if (!ENCODER.encodeToString(payload).equals(encoded)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
            return Optional.of(new Signed(parts[0], UUID.fromString(parts[1]), LinkAction.valueOf(parts[2]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3])),
                    parts.length < 5 || parts[4].isEmpty() ? null : LocalDate.parse(parts[4])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String encodedPayload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return mac.doFinal(encodedPayload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
