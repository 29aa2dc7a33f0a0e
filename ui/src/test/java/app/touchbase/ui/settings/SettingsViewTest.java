package app.touchbase.ui.settings;

import app.touchbase.account.api.ChangePassword;
import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.calendar.api.CalendarFeedStatus;
import app.touchbase.calendar.api.FetchCalendarFeedStatus;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.account.LoginView;
import app.touchbase.ui.contact.ContactView;
import app.touchbase.ui.contacts.ContactFormDialog;
import app.touchbase.ui.contacts.ContactsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Period;
import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SettingsViewTest extends KaribuTest {

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theDefaultCadenceIsGivenToNewContactsAndTheZoneIsKept() {
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);
        assertThat(settings.zone.getValue()).isEqualTo("Europe/London");
        _setValue(settings.zone, "Asia/Tokyo");
        _setValue(settings.defaultCadence, CadencePreset.MONTHLY);
        _click(settings.save);
        await().pollInSameThread().untilAsserted(() -> assertThat(account.settings().zone()).isEqualTo(ZoneId.of("Asia/Tokyo")));
        assertThat(account.settings().defaultCadence()).isEqualTo(Period.ofMonths(1));

        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).add);
        ContactFormDialog dialog = _get(ContactFormDialog.class);
        _setValue(dialog.name, "Fresh Contact");
        _click(dialog.save);
        ContactView page = _get(ContactView.class);
        await().pollInSameThread().untilAsserted(() -> {
            page.refresh();
            assertThat(page.keepInTouch.cadence.getValue()).isEqualTo(CadencePreset.MONTHLY);
        });
    }

    @Test
    void anEmptyNameIsRefusedBesideTheField() {
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);
        _setValue(settings.displayName, " ");
        _click(settings.save);
        assertThat(settings.displayName.isInvalid()).isTrue();
        assertThat(settings.displayName.getErrorMessage()).isEqualTo("Your name must not be empty.");
    }

    @Test
    void aCalendarLinkIsShownOnceAndCanBeRevoked() {
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);
        assertThat(settings.closeFeed.isVisible()).isFalse();

        _click(settings.openFeed);
        assertThat(settings.feedLink.isVisible()).isTrue();
        assertThat(settings.feedLink.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{40,}\\.ics");
        assertThat(settings.closeFeed.isVisible()).isTrue();
        await().pollInSameThread().untilAsserted(() ->
                assertThat(backend.query(new FetchCalendarFeedStatus(account.owner()), CalendarFeedStatus.class).open()).isTrue());

        assertThat(settings.feedLink).isInstanceOf(TextArea.class).satisfies(link -> assertThat(link.isReadOnly()).isTrue());
        assertThat(settings.copyFeedLink.isVisible()).isTrue();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        settings.copyFeedLink.click();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(invocation -> {
                    assertThat(invocation.getInvocation().getExpression()).contains("navigator.clipboard.writeText");
                    assertThat(invocation.getInvocation().getParameters()).contains(settings.feedLink.getValue());
                });

        _click(settings.closeFeed);
        assertThat(settings.feedLink.isVisible()).isFalse();
        assertThat(settings.copyFeedLink.isVisible()).isFalse();
        await().pollInSameThread().untilAsserted(() ->
                assertThat(backend.query(new FetchCalendarFeedStatus(account.owner()), CalendarFeedStatus.class).open()).isFalse());
    }

    @Test
    void aPasswordIsChangedWithTheCurrentOneAndEachMistakeIsShownBesideItsField() {
        UI.getCurrent().navigate(SettingsView.class);
        SettingsView settings = _get(SettingsView.class);
        _setValue(settings.currentPassword, "not the password");
        _setValue(settings.newPassword, "punch cards and patience");
        _setValue(settings.repeatPassword, "punch cards and patience");
        _click(settings.changePassword);
        assertThat(settings.currentPassword.getErrorMessage()).isEqualTo("That is not your current password.");
        assertThat(settings.currentPassword.isInvalid()).isTrue();

        _setValue(settings.currentPassword, PASSWORD);
        _setValue(settings.repeatPassword, "punch cards and patienc");
        _click(settings.changePassword);
        assertThat(settings.currentPassword.isInvalid()).isFalse();
        assertThat(settings.repeatPassword.getErrorMessage()).isEqualTo("The two new passwords differ.");

        _setValue(settings.newPassword, "iloveyou1234");
        _setValue(settings.repeatPassword, "iloveyou1234");
        _click(settings.changePassword);
        assertThat(settings.newPassword.isInvalid()).isTrue();
        assertThat(settings.newPassword.getErrorMessage()).contains("most common");

        _setValue(settings.newPassword, "punch cards and patience");
        _setValue(settings.repeatPassword, "punch cards and patience");
        _click(settings.changePassword);
        assertThat(settings.newPassword.isInvalid()).isFalse();
        assertThat(settings.currentPassword.getValue()).isEmpty();
        await().pollInSameThread().untilAsserted(() -> assertThat(backend.find(new FindLoginAccount(account.owner()), LoginAccount.class))
                .hasValueSatisfying(login -> assertThat(passwords.matches("punch cards and patience", login.passwordHash())).isTrue()));
        backend.send(new ChangePassword(account.owner(), "punch cards and patience", PASSWORD));
    }

    @Test
    void withRegistrationOpenTheSignInPageOffersToOpenAnAccount() {
        UI.getCurrent().navigate(LoginView.class);
        LoginView login = _get(LoginView.class);
        assertThat(login.login.isVisible()).isTrue();
        assertThat(login.newHere.isVisible()).isTrue();
        assertThat(login.newHere.getElement().getTextRecursively()).isEqualTo("New here? Open an account");
    }

    @Test
    void signedInViewsGreetTheAccountNotAnotherOne() {
        assertThat(account.owner()).isEqualTo("settingsviewtest");
        assertThat(backend.find(new FetchNextTouch("someone-else", java.util.UUID.randomUUID()), NextTouch.class)).isEmpty();
    }
}
