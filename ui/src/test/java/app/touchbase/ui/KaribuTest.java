package app.touchbase.ui;

import app.touchbase.TouchbaseApplication;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Views driven without a browser (Karibu-Testing) against the whole application: real Axon, the embedded MongoDB over
 * its wire protocol, Spring Security. Each test class signs in with its own account, so classes never see each
 * other's contacts.
 */
@SpringBootTest(classes = TouchbaseApplication.class, properties = {"touchbase.storage.mode=embedded-memory",
        "touchbase.accounts.open-registration=true", "touchbase.mail.dispatch-interval=200ms", "touchbase.scheduling.poll-interval=5s"})
public abstract class KaribuTest {

    protected static final String PASSWORD = "a long test password";
    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.touchbase.ui");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected Backend backend;
    @Autowired
    protected CurrentAccount account;

    protected String username() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** A browserless Vaadin session over the whole Spring application, with every view of the UI routable. */
    public static void startVaadin(ApplicationContext context) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @BeforeEach
    void startVaadinSignedIn() {
        startVaadin(context);
        if (backend.find(new FindLoginAccount(username()), LoginAccount.class).isEmpty()) {
            backend.send(new RegisterAccount(username(), "Tester", PASSWORD, ZoneId.of("Europe/London")));
            await().until(() -> backend.find(new FindLoginAccount(username()), LoginAccount.class).isPresent());
        }
        signIn(username());
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** A monthly contact last touched 45 days ago, once the read models show the touch. */
    protected UUID overdueContact(String name) {
        return monthlyLastTouched(ContactDetails.named(name), 45);
    }

    /** A monthly contact last touched {@code daysAgo} days ago by a call, once the read models show the touch. */
    protected UUID monthlyLastTouched(ContactDetails details, int daysAgo) {
        UUID id = UUID.randomUUID();
        backend.send(new AddContact(id, account.owner(), details));
        backend.send(new SetCadence(id, account.owner(), Period.ofMonths(1)));
        backend.send(new LogInteraction(id, account.owner(), UUID.randomUUID(), InteractionType.CALL,
                LocalDate.now(account.settings().zone()).minusDays(daysAgo), Direction.NEUTRAL, null));
        await().pollInSameThread().until(() -> backend.find(new FetchNextTouch(account.owner(), id), NextTouch.class)
                .map(NextTouch::lastTouchOn).isPresent());
        return id;
    }

    protected static void signIn(String accountId) {
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
        var user = User.withUsername(accountId).password("unused").authorities(authorities).build();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
