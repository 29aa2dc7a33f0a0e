package app.touchbase.ui.contacts;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.ui.base.Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * {@code --touchbase.demo=true}: opens the account {@value #ACCOUNT} (password {@value #PASSWORD}) if it does not exist,
 * and gives its empty network a few sample contacts to try Touchbase with.
 */
@Component
@ConditionalOnProperty(name = "touchbase.demo", havingValue = "true")
class DemoNetwork implements ApplicationListener<ApplicationReadyEvent> {

    static final String ACCOUNT = "demo";
    static final String PASSWORD = "touchbase-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoNetwork.class);

    private final Backend backend;
    private final Clock clock;

    DemoNetwork(Backend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (backend.find(new FindLoginAccount(ACCOUNT), LoginAccount.class).isEmpty()) {
            try {
                backend.send(new RegisterAccount(ACCOUNT, "Demo", PASSWORD, ZoneId.systemDefault()));
            } catch (InvalidInputException taken) {
                LOG.debug("The demo account exists already", taken);
            } catch (CommandRejectedException closed) {
                LOG.warn("No demo account: this installation has accounts and registration is closed");
                return;
            }
        }
        if (backend.query(new SearchContacts(ACCOUNT, null, null, true, 0, 1), ContactPage.class).total() > 0) {
            return;
        }
        LOG.info("Adding sample contacts to the demo account: sign in as '{}' with the password '{}'", ACCOUNT, PASSWORD);
        UUID grace = person(new ContactDetails("Grace Hopper", List.of("grace@navy.mil"), List.of("+1 202 555 0147"), "US Navy",
                "Rear admiral", Channel.EMAIL, "She reviewed my first compiler talk", List.of("mentor"))
                .withAddresses("Work: 1000 Navy Pentagon\nWashington, DC 20350\nUSA"), CadencePreset.QUARTERLY, 120);
        backend.send(new RecordFact(grace, ACCOUNT, UUID.randomUUID(), "Family", "Two nephews, both into robotics", null));
        LocalDate today = today();
        backend.send(new AddImportantDate(grace, ACCOUNT, UUID.randomUUID(), "Birthday", MonthDay.from(today.plusDays(9)), null,
                AddImportantDate.DEFAULT_NOTICE_DAYS));
        backend.send(new AddFollowUp(grace, ACCOUNT, UUID.randomUUID(), "Send her the article on COBOL's 60th birthday",
                today.plusDays(4)));
        person(new ContactDetails("Ken Thompson", List.of("ken@bell-labs.com"), List.of(), "Bell Labs", "Engineer",
                Channel.VIDEO_CALL, "My first boss", List.of("former boss")), CadencePreset.TWICE_A_YEAR, 178);
        person(new ContactDetails("Barbara Liskov", List.of("liskov@mit.edu"), List.of(), "MIT", "Professor",
                Channel.IN_PERSON, "Conference dinner, 2019", List.of("mentor", "conference")), CadencePreset.YEARLY, 200);
        UUID margaret = person(new ContactDetails("Margaret Hamilton", List.of("margaret@hamilton.tech"), List.of(), "Hamilton Technologies",
                "CEO", Channel.PHONE, null, List.of("peer")), CadencePreset.MONTHLY, 40);
        backend.send(new SnoozeTouch(margaret, ACCOUNT, today().plusDays(10)));
        person(new ContactDetails("Linus Torvalds", List.of("linus@kernel.org"), List.of(), "Linux Foundation", "Fellow",
                Channel.EMAIL, null, List.of("peer", "conference")), CadencePreset.QUARTERLY, 20);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
    }

    private UUID person(ContactDetails details, CadencePreset cadence, int daysSinceLastTouch) {
        UUID id = UUID.randomUUID();
        backend.send(new AddContact(id, ACCOUNT, details));
        backend.send(new SetCadence(id, ACCOUNT, cadence.every()));
        LocalDate lastTouch = today().minusDays(daysSinceLastTouch);
        backend.send(new LogInteraction(id, ACCOUNT, UUID.randomUUID(), InteractionType.COFFEE_OR_LUNCH, lastTouch,
                Direction.GAVE, "Talked about " + details.company()));
        return id;
    }
}
