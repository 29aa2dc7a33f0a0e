package app.touchbase.ui.contacts;

import app.touchbase.TouchbaseApplication;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.nexttouch.api.DueTouches;
import app.touchbase.nexttouch.api.ListDueTouches;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.ui.base.Backend;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = TouchbaseApplication.class,
        properties = {"touchbase.storage.mode=embedded-memory", "touchbase.demo=true"})
class DemoNetworkTest {

    @Autowired
    Backend backend;

    @Test
    void theDemoSwitchFillsAnEmptyNetworkWithContactsInEveryState() {
        await().untilAsserted(() -> assertThat(backend.query(SearchContacts.all("demo"), ContactPage.class).total()).isEqualTo(5));
        await().untilAsserted(() -> assertThat(backend.query(new ListDueTouches("demo"), DueTouches.class).touches())
                .extracting(NextTouch::status)
                .contains(TouchStatus.OVERDUE, TouchStatus.SNOOZED));
    }
}
