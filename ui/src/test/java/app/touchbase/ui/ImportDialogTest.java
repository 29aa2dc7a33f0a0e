package app.touchbase.ui;

import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RowStatus;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ImportDialogTest extends KaribuTest {

    static final String CONNECTIONS = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing."

            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Grace,Hopper,https://www.linkedin.com/in/gracehopper,grace@navy.example.com,US Navy,Rear Admiral,14 Mar 2019
            Alan,Turing,https://www.linkedin.com/in/alanturing,,University of Manchester,Reader,1 Jan 2026
            ,,https://www.linkedin.com/in/nameless,,Stealth,Founder,5 May 2024
            """;

    List<ContactSummary> contacts() {
        return backend.query(new ListAllContacts(account.owner()), ContactPage.class).contacts();
    }

    @Test
    void aLinkedInExportIsPreviewedChosenImportedAndUndone() {
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("Alan Turing")));
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).importFile);
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.preview("Connections.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText()).startsWith("This is not a LinkedIn Connections.csv");
        assertThat(dialog.start.isEnabled()).isFalse();

        await().pollInSameThread().until(() -> !contacts().isEmpty());
        dialog.preview("Connections.csv", CONNECTIONS.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText()).isEqualTo("LinkedIn connections (Connections.csv): 1 new, 1 look like people you have, "
                + "1 can't be imported. Choose who to import.");
        assertThat(dialog.rows.getSelectedItems()).extracting(row -> row.person().details().name()).containsExactly("Grace Hopper");
        assertThat(dialog.start.getText()).isEqualTo("Import 1 contact");

        _click(dialog.start);
        await().pollInSameThread().untilAsserted(() -> {
            dialog.showProgress();
            assertThat(dialog.progressText.getText()).isEqualTo("Imported 1 contact from Connections.csv.");
        });
        assertThat(contacts()).extracting(c -> c.details().name()).contains("Grace Hopper");
        assertThat(dialog.undo.isVisible()).isTrue();

        _click(dialog.undo);
        await().pollInSameThread().untilAsserted(() -> {
            dialog.showProgress();
            assertThat(dialog.progressText.getText()).isEqualTo("Undone: the imported contact is archived.");
        });
        await().pollInSameThread().untilAsserted(() -> assertThat(contacts()).filteredOn(c -> c.details().name().equals("Grace Hopper"))
                .singleElement().satisfies(grace -> assertThat(grace.archived()).isTrue()));
        assertThat(dialog.rows.getGenericDataView().getItems().filter(row -> row.status() == RowStatus.SKIPPED)
                .map(PreviewRow::reason).toList()).containsExactly("No first or last name.");
    }
}
