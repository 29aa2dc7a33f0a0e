package app.touchbase.ui.due;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.Reply;
import app.touchbase.plan.api.PlanItem;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.base.Formats;
import app.touchbase.ui.base.SignedIn;
import app.touchbase.ui.contact.LogTouchDialog;
import app.touchbase.ui.contacts.ContactsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cards of the week's plan: what to bring up and offer, replies awaited and promises due (an account of its own). */
class PlanCardsTest extends KaribuTest {

    private static List<PlanItem> rows(ThisWeekPanel plan) {
        return plan.cards().stream().map(card -> card.item).toList();
    }

    @Test
    void eachCardSaysWhatToBringUpAndWhatToOfferAndRepliesAndPromisesStayInSight() {
        UUID ada = monthlyLastTouched(ContactDetails.named("Card Ada").withEmails("ada@example.com"), 60);
        backend.send(new RecordFact(ada, account.owner(), UUID.randomUUID(), "Career", "Looking for a CTO role", null));
        LocalDate today = SignedIn.of(account).today();
        backend.send(new AddFollowUp(ada, account.owner(), UUID.randomUUID(), "Send the rust book", today.minusDays(1)));
        UUID bob = monthlyLastTouched(ContactDetails.named("Card Bob"), 10);

        UI.getCurrent().navigate(DueView.class);
        DueView view = _get(DueView.class);
        ThisWeekPanel plan = view.thisWeek;
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(rows(plan)).extracting(PlanItem::name).containsExactly("Card Ada");
            assertThat(plan.cards().get(0).offer.getText()).isEqualTo("Offer: Keep your promise (it is late): “Send the rust book”");
        });
        String card = plan.cards().get(0).getElement().getTextRecursively();
        assertThat(card).contains("Last time: ").contains(", call").contains("Career: Looking for a CTO role")
                .contains("You promised: Send the rust book");
        assertThat(plan.promises.getElement().getTextRecursively()).contains("Promises due this week", "Card Ada: Send the rust book");

        UI.getCurrent().navigate(ContactsView.class);
        UI.getCurrent().navigate(DueView.class);
        LogTouchDialog log = LogTouchDialog.logging(backend, SignedIn.of(account), bob, "Card Bob", () -> { });
        assertThat(log.reply.getListDataView().getItems()).as("no reply to answer yet").containsExactly(Reply.NONE, Reply.AWAIT);
        log.type.setValue(InteractionType.CALL);
        log.direction.setValue(Direction.ASKED);
        log.notes.setValue("Asked for an intro to Grace");
        log.reply.setValue(Reply.AWAIT);
        log.save();
        DueView due = _get(DueView.class);
        await().pollInSameThread().untilAsserted(() -> {
            due.refresh();
            assertThat(due.thisWeek.waiting.getElement().getTextRecursively())
                    .contains("Waiting for a reply", "Card Bob: your call of", "Asked for an intro to Grace");
        });
        assertThat(due.thisWeek.balance.getText()).isEqualTo("Across everyone since "
                + Formats.day(YearMonth.now(account.settings().zone()).minusMonths(11).atDay(1))
                + " you gave 0 and asked 1: this week, offer before you ask.");
        LogTouchDialog answer = LogTouchDialog.logging(backend, SignedIn.of(account), bob, "Card Bob", () -> { });
        assertThat(answer.reply.getListDataView().getItems()).contains(Reply.RECEIVED);
        assertThat(answer.reply.getHelperText()).startsWith("You are waiting for their reply to your call of ");

        _click(_get(due.thisWeek.waiting, Button.class, spec -> spec.withText("They replied")));
        await().pollInSameThread().untilAsserted(() -> {
            due.refresh();
            assertThat(due.thisWeek.waiting.isVisible()).isFalse();
        });
        _click(_get(due.thisWeek.promises, Button.class, spec -> spec.withText("Done")));
        await().pollInSameThread().untilAsserted(() -> {
            due.refresh();
            assertThat(due.thisWeek.promises.isVisible()).isFalse();
        });
    }
}
