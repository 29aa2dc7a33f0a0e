package app.touchbase.shared;

import app.touchbase.account.api.ChangeAccountSettings;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.Touchbase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Invisible control characters typed into a form are refused with the field named; tabs and line breaks are text. */
@IntegrationTest
class ControlCharactersTest {

    @Autowired
    Touchbase touchbase;

    @Test
    void nulBelAndEscAreRefusedInEveryTextFieldWhileLineBreaksAndTabsAreKept() {
        String owner = touchbase.send(new RegisterAccount("ctl-" + UUID.randomUUID().toString().substring(0, 8), "Ctl",
                "correct horse battery", ZoneOffset.UTC));
        for (String control : new String[]{"\u0000", "\u0007", "\u001b[31m"}) {
            assertThatThrownBy(() -> touchbase.send(new AddContact(UUID.randomUUID(), owner, ContactDetails.named("Ada" + control + "Lovelace"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("Name contains an invisible control character (such as NUL, BEL or ESC): type it again without.")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("name");
            assertThatThrownBy(() -> touchbase.send(new ChangeAccountSettings(owner, "Ctl" + control, ZoneOffset.UTC, null)))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("control character")
                    .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("displayName");
        }
        UUID ada = UUID.randomUUID();
        touchbase.send(new AddContact(ada, owner, ContactDetails.named("Ada Lovelace")));
        touchbase.send(new RecordFact(ada, owner, UUID.randomUUID(), "Family", "Two nephews:\r\n\tboth into robotics", null));
        await().untilAsserted(() -> assertThat(touchbase.contact(owner, ada)).hasValueSatisfying(profile ->
                assertThat(profile.toString()).contains("Two nephews:\r\n\tboth into robotics")));
    }
}
