package app.touchbase.ui.contacts;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.TextLists;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Add a contact, or edit one's details. Checks what it can before sending; the backend has the last word. */
public class ContactFormDialog extends Dialog {

    public final TextField name = new TextField("Name");
    final TextField emails = new TextField("Email addresses");
    final TextField phones = new TextField("Phone numbers");
    final TextField company = new TextField("Company");
    final TextField role = new TextField("Role");
    final ComboBox<Channel> preferredChannel = new ComboBox<>("Best way to reach them");
    final TextArea howWeMet = new TextArea("How we met");
    final TextField tags = new TextField("Tags");
    final TextArea addresses = new TextArea("Postal addresses");
    final ComboBox<CadencePreset> cadence = new ComboBox<>("Keep in touch");
    public final Button save = new Button("Save");

    private final Backend backend;
    private final String owner;
    private final UUID contactId;
    private final boolean adding;
    private final Consumer<UUID> onSaved;
    private final Period startingCadence;

    private ContactFormDialog(Backend backend, String owner, UUID contactId, ContactDetails current, Period startingCadence,
                              Consumer<UUID> onSaved) {
        this.backend = backend;
        this.startingCadence = startingCadence;
        this.owner = owner;
        this.adding = current == null;
        this.contactId = adding ? UUID.randomUUID() : contactId;
        this.onSaved = onSaved;
        setHeaderTitle(adding ? "Add a contact" : "Edit " + current.name());

        name.setRequired(true);
        name.setMaxLength(ContactDetails.MAX_NAME);
        company.setMaxLength(ContactDetails.MAX_SHORT_TEXT);
        role.setMaxLength(ContactDetails.MAX_SHORT_TEXT);
        howWeMet.setMaxLength(ContactDetails.MAX_LONG_TEXT);
        emails.setHelperText("Separate several with commas");
        phones.setHelperText("Separate several with commas");
        preferredChannel.setItems(Channel.values());
        preferredChannel.setItemLabelGenerator(Channel::label);
        preferredChannel.setClearButtonVisible(true);
        tags.setHelperText("e.g. mentor, former boss, conference");
        addresses.setHelperText("One address per paragraph: leave a blank line between two");
        if (!adding) {
            name.setValue(current.name());
            emails.setValue(TextLists.join(current.emails()));
            phones.setValue(TextLists.join(current.phones()));
            company.setValue(current.company() == null ? "" : current.company());
            role.setValue(current.role() == null ? "" : current.role());
            preferredChannel.setValue(current.preferredChannel());
            howWeMet.setValue(current.howWeMet() == null ? "" : current.howWeMet());
            tags.setValue(TextLists.join(current.tags()));
            addresses.setValue(TextLists.joinBlocks(current.addresses()));
        }

        FormLayout form = new FormLayout(name, emails, phones, company, role, preferredChannel, howWeMet, tags, addresses);
        form.setColspan(howWeMet, 2);
        form.setColspan(addresses, 2);
        if (adding) {
            cadence.setItems(CadencePreset.values());
            cadence.setItemLabelGenerator(CadencePreset::label);
            cadence.setClearButtonVisible(true);
            Optional<CadencePreset> usual = startingCadence == null ? Optional.empty() : CadencePreset.of(startingCadence);
            usual.ifPresent(cadence::setValue);
            cadence.setHelperText(startingCadence == null || usual.isPresent() ? "Empty: Touchbase will not remind you about them"
                    : "Empty: your default, " + CadencePreset.describe(startingCadence));
            form.add(cadence);
        }
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** New contacts offer the account's default cadence, if it has one, and any other can be picked. */
    public static ContactFormDialog adding(Backend backend, String owner, Period defaultCadence, Consumer<UUID> onSaved) {
        return new ContactFormDialog(backend, owner, null, null, defaultCadence, onSaved);
    }

    public static ContactFormDialog editing(Backend backend, String owner, UUID contactId, ContactDetails current,
                                            Consumer<UUID> onSaved) {
        return new ContactFormDialog(backend, owner, contactId, current, null, onSaved);
    }

    void save() {
        Feedback.clear(fields());
        if (name.getValue().isBlank()) {
            Feedback.invalid(name, "Name must not be empty.");
            return;
        }
        ContactDetails details = new ContactDetails(name.getValue(), TextLists.split(emails.getValue()),
                TextLists.split(phones.getValue()), company.getValue(), role.getValue(), preferredChannel.getValue(),
                howWeMet.getValue(), TextLists.split(tags.getValue()), TextLists.splitBlocks(addresses.getValue()));
        boolean saved = Feedback.accepted(() -> {
            backend.send(adding ? new AddContact(contactId, owner, details) : new UpdateContactDetails(contactId, owner, details));
            Period every = cadence.getValue() != null ? cadence.getValue().every()
                    : startingCadence != null && CadencePreset.of(startingCadence).isEmpty() ? startingCadence : null;
            if (adding && every != null) {
                backend.send(new SetCadence(contactId, owner, every));
            }
        }, fields());
        if (saved) {
            close();
            Feedback.saved(adding ? details.name() + " added" : "Details saved");
            onSaved.accept(contactId);
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "emails", emails, "phones", phones, "company", company, "role", role,
                "howWeMet", howWeMet, "tags", tags, "addresses", addresses);
    }
}
