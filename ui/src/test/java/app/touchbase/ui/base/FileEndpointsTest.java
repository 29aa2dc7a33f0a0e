package app.touchbase.ui.base;

import app.touchbase.TouchbaseApplication;
import app.touchbase.account.api.OpenCalendarFeed;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import ezvcard.Ezvcard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = TouchbaseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"touchbase.storage.mode=embedded-memory", "touchbase.accounts.open-registration=true"})
class FileEndpointsTest {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    FileEndpoints endpoints;
    @Autowired
    Backend backend;

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String accountWithOneContact() {
        String account = backend.send(new RegisterAccount("files-" + UUID.randomUUID().toString().substring(0, 8), "Files",
                "a long test password", ZoneId.of("Europe/Paris")));
        UUID ada = UUID.randomUUID();
        backend.send(new AddContact(ada, account, ContactDetails.named("Ada Lovelace").withEmails("ada@engines.org")));
        backend.send(new SetCadence(ada, account, Period.ofMonths(2)));
        await().until(() -> backend.query(SearchContacts.all(account), ContactPage.class).total() == 1);
        return account;
    }

    @Test
    void aSignedInAccountDownloadsItsOwnContacts() {
        String account = accountWithOneContact();
        ResponseEntity<byte[]> vcf = endpoints.vcards(() -> account);
        assertThat(vcf.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"touchbase-contacts.vcf\"");
        assertThat(vcf.getHeaders().getContentType()).hasToString("text/vcard;charset=UTF-8");
        assertThat(Ezvcard.parse(new String(vcf.getBody(), StandardCharsets.UTF_8)).all()).singleElement()
                .satisfies(card -> assertThat(card.getFormattedName().getValue()).isEqualTo("Ada Lovelace"));

        String csv = new String(endpoints.csv(() -> account).getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFName,Emails,").contains("Ada Lovelace,ada@engines.org");
        assertThat(new String(endpoints.csv(() -> "someone-else").getBody(), StandardCharsets.UTF_8)).doesNotContain("Ada Lovelace");

        ResponseEntity<byte[]> backup = endpoints.backup(() -> account);
        assertThat(backup.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"touchbase-backup.jsonl\"");
        assertThat(new String(backup.getBody(), StandardCharsets.UTF_8).lines())
                .as("three events, then the keys of the account and of the contact").hasSize(5)
                .anySatisfy(line -> assertThat(line).contains("ContactAdded").contains("$sealed").doesNotContain("Ada Lovelace"));
    }

    @Test
    void exportsNeedASignedInAccount() throws Exception {
        HttpResponse<String> anonymous = get("/export/contacts.vcf");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theCalendarFeedOpensWithItsTokenAlone() throws Exception {
        String account = accountWithOneContact();
        String token = backend.send(new OpenCalendarFeed(account));
        await().untilAsserted(() -> assertThat(get("/calendar/" + token + ".ics").statusCode()).isEqualTo(200));
        HttpResponse<String> ics = get("/calendar/" + token + ".ics");
        assertThat(ics.headers().firstValue("Content-Type")).contains("text/calendar;charset=UTF-8");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Get in touch with Ada Lovelace", "BEGIN:VALARM");

        assertThat(get("/calendar/not-the-token.ics").statusCode()).isEqualTo(404);
    }
}
