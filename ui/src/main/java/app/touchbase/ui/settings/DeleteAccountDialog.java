package app.touchbase.ui.settings;

import app.touchbase.account.api.DeleteAccount;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;

/** Deleting the account erases every contact in it for good, so it says so and asks for the password. */
class DeleteAccountDialog extends Dialog {

    final PasswordField password = new PasswordField("Your password");
    final Button delete = new Button("Delete my account for good");

    DeleteAccountDialog(Backend backend, String owner, Runnable signOutEverywhere) {
        setHeaderTitle("Delete your account?");
        password.setWidthFull();
        add(new Paragraph("Every contact, touch, fact, date, promise, circle, plan and mail of this account is erased for "
                        + "good, and you are signed out. Backups you downloaded are not touched; this Touchbase will not "
                        + "restore the erased people from them."),
                new Paragraph("Your user name can then be used again, for a new, empty account. This cannot be undone."),
                password);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> {
            if (Feedback.send(backend, new DeleteAccount(owner, password.getValue()), null, Map.of("password", password))) {
                close();
                signOutEverywhere.run();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), delete);
        setMaxWidth("34em");
    }
}
