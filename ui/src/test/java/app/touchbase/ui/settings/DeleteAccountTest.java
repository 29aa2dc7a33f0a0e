package app.touchbase.ui.settings;

import app.touchbase.account.api.FindLoginAccount;
import app.touchbase.account.api.LoginAccount;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeleteAccountTest extends KaribuTest {

    @Test
    void deletingTheAccountAsksForThePasswordAndErasesItsContacts() {
        monthlyLastTouched(ContactDetails.named("Hedy Lamarr"), 3);
        String owner = account.owner();
        UI.getCurrent().navigate(SettingsView.class);
        _click(_get(SettingsView.class).deleteAccount);
        DeleteAccountDialog dialog = _get(DeleteAccountDialog.class);

        _setValue(dialog.password, "not my password");
        _click(dialog.delete);
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).contains("not your password");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(dialog.password, PASSWORD);
        _click(dialog.delete);

        await().untilAsserted(() -> {
            assertThat(backend.find(new FindLoginAccount(owner), LoginAccount.class)).isEmpty();
            assertThat(backend.query(new SearchContacts(owner, null, null, true, 0, 10), ContactPage.class).total()).isZero();
        });
    }
}
