package app.touchbase.updates;

import app.touchbase.interaction.api.InteractionType;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.support.IntegrationTest;
import app.touchbase.support.MutableClock;
import app.touchbase.support.Touchbase;
import app.touchbase.updates.api.ContactChanged;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class ReadModelChangesTest {

    @Autowired
    Touchbase touchbase;
    @Autowired
    QueryGateway queries;
    @Autowired
    MutableClock clock;

    @Test
    void aSubscribedDueListIsToldOfChangesOnlyOnceTheReadModelShowsThem() {
        String owner = Touchbase.newOwner();
        List<ContactChanged> changes = new CopyOnWriteArrayList<>();
        List<List<String>> dueWhenTold = new CopyOnWriteArrayList<>();
        SubscriptionQueryResult<DueTouches, ContactChanged> subscription = queries.subscriptionQuery(new ListDueTouches(owner),
                ResponseTypes.instanceOf(DueTouches.class), ResponseTypes.instanceOf(ContactChanged.class));
        try {
            subscription.updates().subscribe(change -> {
                changes.add(change);
                dueWhenTold.add(touchbase.due(owner).touches().stream().map(NextTouch::name).toList());
            });

            UUID ada = touchbase.addContact(owner, "Ada");
            touchbase.setCadence(owner, ada, Period.ofWeeks(1));
            touchbase.logInteraction(owner, ada, InteractionType.CALL, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(8));
            touchbase.addContact(Touchbase.newOwner(), "Someone else's contact");

            await().untilAsserted(() -> assertThat(changes).hasSize(3).allSatisfy(change -> {
                assertThat(change.contactId()).isEqualTo(ada);
                assertThat(change.owner()).isEqualTo(owner);
            }));
            assertThat(dueWhenTold.get(2)).as("the due list already shows the touch when the change arrives").containsExactly("Ada");
        } finally {
            subscription.cancel();
        }
    }
}
