package app.touchbase.platform.storage;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The default way to run Touchbase: everything in one H2 file, which must survive a restart. */
class RestartOnFileTest {

    @TempDir
    Path folder;

    ConfigurableApplicationContext start(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--touchbase.storage.mode=embedded-file",
                "--touchbase.storage.file=" + folder.resolve("touchbase.mv")));
        args.addAll(List.of(extraArgs));
        return new SpringApplicationBuilder(TouchbaseTestApplication.class).run(args.toArray(String[]::new));
    }

    static Optional<ContactProfile> profile(ConfigurableApplicationContext app, String owner, UUID contact) {
        return app.getBean(QueryGateway.class)
                .query(new FetchContact(owner, contact), ResponseTypes.optionalInstanceOf(ContactProfile.class)).join();
    }

    @Test
    void contactsInteractionsAndReadModelsSurviveARestartAndTheReplaySwitchRebuildsThem() {
        String owner = "ada";
        UUID contact = UUID.randomUUID();
        LocalDate coffee = LocalDate.now(ZoneOffset.UTC).minusDays(3);
        try (ConfigurableApplicationContext app = start()) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            commands.sendAndWait(new AddContact(contact, owner, ContactDetails.named("Grace Hopper")));
            commands.sendAndWait(new SetCadence(contact, owner, Period.ofMonths(3)));
            commands.sendAndWait(new LogInteraction(contact, owner, UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH, coffee, null, "Kids: two"));
            await().untilAsserted(() -> assertThat(profile(app, owner, contact))
                    .hasValueSatisfying(profile -> assertThat(profile.timeline()).hasSize(3)));
        }

        try (ConfigurableApplicationContext app = start()) {
            assertThat(profile(app, owner, contact)).hasValueSatisfying(profile -> {
                assertThat(profile.contact().details().name()).isEqualTo("Grace Hopper");
                assertThat(profile.interactions()).singleElement().satisfies(i -> assertThat(i.notes()).isEqualTo("Kids: two"));
            });
            app.getBean(CommandGateway.class).sendAndWait(
                    new LogInteraction(contact, owner, UUID.randomUUID(), InteractionType.CALL, coffee.plusDays(1), null, null));
            await().untilAsserted(() -> assertThat(app.getBean(QueryGateway.class)
                    .query(new FetchNextTouch(owner, contact), ResponseTypes.optionalInstanceOf(NextTouch.class)).join())
                    .hasValueSatisfying(next -> assertThat(next.lastTouchOn()).isEqualTo(coffee.plusDays(1))));
            assertThat(profile(app, owner, contact).orElseThrow().timeline())
                    .as("the read models were not rebuilt twice over on restart").hasSize(4);
            app.getBean(MongoDatabase.class).getCollection("contact_directory").deleteMany(new Document());
            assertThat(profile(app, owner, contact)).isEmpty();
        }

        try (ConfigurableApplicationContext app = start("--touchbase.replay=true")) {
            await().untilAsserted(() -> assertThat(profile(app, owner, contact)).hasValueSatisfying(profile -> {
                assertThat(profile.contact().details().name()).isEqualTo("Grace Hopper");
                assertThat(profile.timeline()).hasSize(4);
                assertThat(profile.interactions()).hasSize(2);
            }));
        }
    }
}
