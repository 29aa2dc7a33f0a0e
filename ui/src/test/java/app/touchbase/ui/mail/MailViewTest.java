package app.touchbase.ui.mail;

import app.touchbase.reminder.api.MailKind;
import app.touchbase.reminder.api.MailStatus;
import app.touchbase.reminder.api.OutboxMail;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.StatusBadge;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MailViewTest extends KaribuTest {

    @Test
    void onAPhoneEachMailIsOneCardWithItsStatusFirstAndTheWholeSubject() {
        UI.getCurrent().navigate(MailView.class);
        MailView view = _get(MailView.class);
        view.layOutFor(true);
        assertThat(view.mails.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(MailView.PHONE_CARD);

        OutboxMail failed = new OutboxMail(UUID.randomUUID(), MailKind.REMINDER,
                "Time to get in touch with Margaret Hamilton, and her birthday is on Friday", "ada@example.com",
                MailStatus.FAILED, Instant.parse("2026-11-20T08:30:00Z"), null, 3, "The mail server refused the address", "…");
        var card = view.card(failed);
        assertThat(card.getComponentAt(0).getElement().getTextRecursively()).startsWith("Failed").contains("ada@example.com");
        assertThat(_get(card, StatusBadge.class).tone()).isEqualTo(StatusBadge.Tone.ALARM);
        assertThat(card.getElement().getTextRecursively())
                .contains("Time to get in touch with Margaret Hamilton, and her birthday is on Friday")
                .contains("The mail server refused the address");

        view.layOutFor(false);
        assertThat(view.mails.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(5);
    }
}
