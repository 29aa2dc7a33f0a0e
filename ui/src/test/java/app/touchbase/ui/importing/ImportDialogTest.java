package app.touchbase.ui.importing;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RowStatus;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.ui.KaribuTest;
import app.touchbase.ui.contacts.ContactsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletRegistrationBean;
import org.springframework.mock.web.DelegatingServletOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

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

    /** An upload of the given body to the dialog's upload target, as Vaadin hands it over; {@code size} -1: not announced. */
    static UploadEvent upload(ImportDialog dialog, String fileName, long size, InputStream body) throws Exception {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), fileName, size, "text/csv",
                dialog.upload.getElement(), null, null);
    }

    /** A body that never ends, counting what was read of it. */
    static final class EndlessBody extends InputStream {
        final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            read.incrementAndGet();
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read.addAndGet(length);
            return length;
        }
    }

    ImportDialog openDialog() {
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).importFile);
        return _get(ImportDialog.class);
    }

    @Test
    void aStreamedBodyPastFiveMegabytesIsRefusedWithoutReadingMoreThanTheLimit() throws Exception {
        ImportDialog dialog = openDialog();
        EndlessBody endless = new EndlessBody();
        dialog.receiver.handleUploadRequest(upload(dialog, "Connections.csv", -1, endless));
        VaadinResponse response = mock(VaadinResponse.class);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        when(response.getOutputStream()).thenReturn(new DelegatingServletOutputStream(written));
        dialog.receiver.responseHandled(true, response);

        assertThat(endless.read.get()).isEqualTo(ImportDialog.MAX_BYTES + 1L);
        verify(response).setStatus(413);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(ImportDialog.TOO_LARGE);
        MockVaadin.clientRoundtrip();
        assertThat(dialog.summary.getText()).isEqualTo(ImportDialog.TOO_LARGE);
        assertThat(dialog.start.isEnabled()).isFalse();
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsNotReadAtAll() throws Exception {
        ImportDialog dialog = openDialog();
        EndlessBody endless = new EndlessBody();
        dialog.receiver.handleUploadRequest(upload(dialog, "Connections.csv", 700L * 1024 * 1024, endless));
        assertThat(endless.read.get()).isZero();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(new DelegatingServletOutputStream(new ByteArrayOutputStream()));
        dialog.receiver.responseHandled(true, response);
        verify(response).setStatus(413);
    }

    @Test
    void aTwoMegabyteFileIsReadAndPreviewed() throws Exception {
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        String padding = "x".repeat(180);
        for (int row = 0; csv.length() < 2 * 1024 * 1024; row++) {
            csv.append("Person,Number").append(row).append(",https://www.linkedin.com/in/").append(padding).append(row)
                    .append(",,Company,Role,1 Jan 2026\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isBetween(2 * 1024 * 1024, ImportDialog.MAX_BYTES);
        ImportDialog dialog = openDialog();
        dialog.receiver.handleUploadRequest(upload(dialog, "Connections.csv", file.length, new ByteArrayInputStream(file)));
        VaadinResponse response = mock(VaadinResponse.class);
        dialog.receiver.responseHandled(true, response);
        verify(response).setStatus(200);
        MockVaadin.clientRoundtrip();
        assertThat(dialog.summary.getText()).startsWith("LinkedIn connections (Connections.csv): ");
        assertThat(dialog.start.isEnabled()).isTrue();
    }

    /** Uploads pass Spring's dispatcher servlet, whose multipart limits (1 MB by default) refused files under 5 MB. */
    @Test
    void theServerTakesMultipartFilesUpToTheAdvertisedSize(@Autowired DispatcherServletRegistrationBean dispatcher) {
        assertThat(dispatcher.getMultipartConfig().getMaxFileSize()).isEqualTo(ImportDialog.MAX_BYTES);
        assertThat(dispatcher.getMultipartConfig().getMaxRequestSize()).isGreaterThan(ImportDialog.MAX_BYTES)
                .isLessThan(2L * ImportDialog.MAX_BYTES);
    }

    @Test
    void aWindowsFileIsPreviewedWithTheEncodingItWasReadIn() {
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).importFile);
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.preview("Connections.csv", ("First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
                + "Zoë;Müller;;;Café Straße;Inhaberin;1/8/18, 6:14 PM\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(dialog.rows.getSelectedItems()).extracting(row -> row.person().details().name()).containsExactly("Zoë Müller");
        assertThat(dialog.readAs.isVisible()).isTrue();
        assertThat(dialog.readAs.getText()).containsIgnoringCase("windows-1252").contains("semicolons");
    }

    @Test
    void eachRowSaysWhatItsFieldsWereKeptAsAndWhatWasLeftOut() {
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).importFile);
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.preview("contacts.vcf", ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nNICKNAME:Amazing Grace\r\n"
                + "BDAY:1906-12-09\r\nTEL;TYPE=FAX:+1 202 555 0148\r\n"
                + "ADR;TYPE=HOME:;;1 Navy Way;Arlington;VA;22202;USA\r\nADR;TYPE=WORK:;;1000 Navy Pentagon;Washington;DC;20350;USA\r\n"
                + "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Alan Kay\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8));

        PreviewRow grace = dialog.rows.getGenericDataView().getItems()
                .filter(row -> row.person().details().name().equals("Grace Hopper")).findFirst().orElseThrow();
        assertThat(grace.person().details().addresses()).containsExactly("Home: 1 Navy Way\nArlington, VA 22202\nUSA",
                "Work: 1000 Navy Pentagon\nWashington, DC 20350\nUSA");
        List<PreviewRow> shown = dialog.rows.getGenericDataView().getItems().toList();
        assertThat(GridKt._getCellComponent(dialog.rows, shown.indexOf(grace), ImportDialog.NOTE).getElement().getTextRecursively())
                .contains("Kept as: Birthday → important date · 2 × Address → postal addresses · Nickname → fact")
                .contains("Left out: left out the fax number '+1 202 555 0148'");
        PreviewRow alan = dialog.rows.getGenericDataView().getItems()
                .filter(row -> row.person().details().name().equals("Alan Kay")).findFirst().orElseThrow();
        assertThat(GridKt._getCellComponent(dialog.rows, shown.indexOf(alan), ImportDialog.NOTE).getElement().getTextRecursively())
                .as("nothing to say about a plain row").isEmpty();
    }

    @Test
    void onAPhoneEachRowIsOneCardWithItsNameStatusAndProblem() {
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).importFile);
        ImportDialog dialog = _get(ImportDialog.class);
        dialog.preview("Connections.csv", CONNECTIONS.getBytes(StandardCharsets.UTF_8));

        dialog.layOutFor(true);
        assertThat(dialog.rows.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly(ImportDialog.PHONE_CARD);
        List<PreviewRow> shown = dialog.rows.getGenericDataView().getItems().toList();
        String grace = GridKt._getCellComponent(dialog.rows, 0, ImportDialog.PHONE_CARD).getElement().getTextRecursively();
        assertThat(grace).contains("New").contains("Row 5").contains("Grace Hopper").contains("grace@navy.example.com").contains("US Navy");
        int nameless = shown.indexOf(shown.stream().filter(row -> row.status() == RowStatus.SKIPPED).findFirst().orElseThrow());
        assertThat(GridKt._getCellComponent(dialog.rows, nameless, ImportDialog.PHONE_CARD).getElement().getTextRecursively())
                .contains("Skipped").contains("LinkedIn hides this member's name");

        dialog.layOutFor(false);
        assertThat(dialog.rows.getColumns()).filteredOn(Grid.Column::isVisible).hasSize(6);
    }

    @Test
    void aLinkedInExportIsPreviewedChosenImportedAndUndone() {
        backend.send(new AddContact(UUID.randomUUID(), account.owner(), ContactDetails.named("Alan Turing")));
        UI.getCurrent().navigate(ContactsView.class);
        _click(_get(ContactsView.class).importFile);
        ImportDialog dialog = _get(ImportDialog.class);

        dialog.preview("Connections.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText()).startsWith("This is not a contact file Touchbase knows");
        assertThat(dialog.start.isEnabled()).isFalse();

        await().pollInSameThread().until(() -> !contacts().isEmpty());
        dialog.preview("Connections.csv", CONNECTIONS.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.summary.getText()).isEqualTo("LinkedIn connections (Connections.csv): 1 new, 1 look like people you have, "
                + "1 can't be imported. Choose who to import.");
        assertThat(dialog.rows.getSelectedItems()).extracting(row -> row.person().details().name()).containsExactly("Grace Hopper");
        assertThat(dialog.start.getText()).isEqualTo("Import 1 contact");
        _setValue(dialog.cadence, CadencePreset.QUARTERLY);

        _click(dialog.start);
        await().pollInSameThread().untilAsserted(() -> {
            dialog.showProgress();
            assertThat(dialog.progressText.getText()).isEqualTo("Imported 1 contact from Connections.csv.");
        });
        assertThat(contacts()).extracting(c -> c.details().name()).contains("Grace Hopper");
        UUID imported = contacts().stream().filter(c -> c.details().name().equals("Grace Hopper")).findFirst().orElseThrow().contactId();
        await().pollInSameThread().untilAsserted(() -> assertThat(backend.find(new FetchNextTouch(account.owner(), imported), NextTouch.class))
                .as("everyone imported keeps in touch every 3 months").hasValueSatisfying(touch -> {
                    assertThat(touch.cadence()).isEqualTo(Period.ofMonths(3));
                    assertThat(touch.nextTouchOn()).isAfter(LocalDate.now(account.settings().zone()));
                }));
        assertThat(dialog.undo.isVisible()).isTrue();

        _click(dialog.undo);
        await().pollInSameThread().untilAsserted(() -> {
            dialog.showProgress();
            assertThat(dialog.progressText.getText()).isEqualTo("Undone: the imported contact is archived.");
        });
        await().pollInSameThread().untilAsserted(() -> assertThat(contacts()).filteredOn(c -> c.details().name().equals("Grace Hopper"))
                .singleElement().satisfies(grace -> assertThat(grace.archived()).isTrue()));
        assertThat(dialog.rows.getGenericDataView().getItems().filter(row -> row.status() == RowStatus.SKIPPED)
                .map(PreviewRow::reason).toList()).containsExactly("LinkedIn hides this member's name, so there is no one to add.");
    }
}
