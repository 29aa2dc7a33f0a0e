package app.touchbase.replay;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.replay.api.FetchReadModelStatus;
import app.touchbase.replay.api.ReadModelStatus;
import app.touchbase.replay.api.RebuildReadModels;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An administrator may ask for a rebuild the moment the application is up, while processors are still starting. */
class RebuildRightAfterStartTest {

    @TempDir
    Path folder;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .run("--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + folder.resolve("t.mv"));
    }

    @Test
    void aRebuildAskedForAtStartupCompletes() {
        try (ConfigurableApplicationContext app = start()) {
            for (int i = 0; i < 20; i++) {
                app.getBean(CommandGateway.class).sendAndWait(new AddContact(UUID.randomUUID(), "owner", ContactDetails.named("P" + i)));
            }
        }
        for (int round = 0; round < 3; round++) {
            try (ConfigurableApplicationContext app = start()) {
                app.getBean(CommandGateway.class).sendAndWait(new RebuildReadModels());
                QueryGateway queries = app.getBean(QueryGateway.class);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    assertThat(queries.query(new FetchReadModelStatus(), ResponseTypes.instanceOf(ReadModelStatus.class)).join().allCaughtUp()).isTrue();
                    assertThat(queries.query(SearchContacts.all("owner"), ResponseTypes.instanceOf(ContactPage.class)).join().total()).isEqualTo(20);
                });
            }
        }
    }
}
