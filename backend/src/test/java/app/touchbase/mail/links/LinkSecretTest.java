package app.touchbase.mail.links;

import app.touchbase.mail.MailProperties;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkSecretTest {

    @Test
    void aConfiguredKeyShorterThan32BytesIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> new LinkSecret(null, new MailProperties(null, "too-short-a-secret", null, null)))
                .hasMessage("touchbase.mail.link-secret is 18 bytes long; it must be at least 32: use a long random value "
                        + "(for example the output of `openssl rand -base64 48`), or leave it unset.");
    }

    @Test
    void aLongEnoughConfiguredKeyIsUsedAsItIs() {
        String secret = "a-configured-key-of-more-than-32-bytes";
        assertThat(new LinkSecret(null, new MailProperties(null, secret, null, null)).key())
                .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    }
}
