package app.touchbase.ui;

import app.touchbase.TouchbaseApplication;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.nexttouch.api.TouchStatus;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Period;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = TouchbaseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchbase.storage.mode=embedded-memory", "touchbase.ui.local-account=tester"})
class StartViewTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    UiAccount account;

    @Test
    void theApplicationServesTheStartPage() {
        ResponseEntity<String> page = http.getForEntity("/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Matcher bundle = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"").matcher(page.getBody());
        assertThat(bundle.find()).as("the page loads the production bundle").isTrue();
        assertThat(http.getForEntity("/" + bundle.group(1), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStartPageListsWhoIsDue() {
        UUID ada = UUID.randomUUID();
        commands.sendAndWait(new AddContact(ada, account.owner(), ContactDetails.named("Ada Lovelace")));
        commands.sendAndWait(new SetCadence(ada, account.owner(), Period.ofDays(1)));
        await().until(() -> queries.query(SearchContacts.all(account.owner()), ResponseTypes.instanceOf(ContactPage.class)).join().total() == 1);

        StartView empty = new StartView(queries, new UiAccount("nobody"));
        assertThat(text(empty)).isEqualTo("Your network is empty. Add the people you want to stay in touch with.");

        StartView calm = new StartView(queries, account);
        assertThat(text(calm)).isEqualTo("You are in touch with all 1 contact. Nobody is due.");
        Grid<NextTouch> calmGrid = (Grid<NextTouch>) calm.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        assertThat(calmGrid.isVisible()).isFalse();
    }

    @Test
    void theSummaryCountsPeopleWaiting() {
        assertThat(StartView.summary(12, 1)).isEqualTo("1 person is waiting to hear from you.");
        assertThat(StartView.summary(12, 3)).isEqualTo("3 people are waiting to hear from you.");
        assertThat(TouchStatus.DUE_SOON.label()).isEqualTo("Due soon");
    }

    private static String text(StartView view) {
        return view.getChildren().filter(Paragraph.class::isInstance).map(p -> ((Paragraph) p).getText()).findFirst().orElseThrow();
    }
}
