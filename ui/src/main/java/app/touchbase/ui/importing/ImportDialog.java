package app.touchbase.ui.importing;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.ListCircles;
import app.touchbase.importing.api.FetchImport;
import app.touchbase.importing.api.ImportPreview;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportSummary;
import app.touchbase.importing.api.PreviewImport;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RowStatus;
import app.touchbase.importing.api.StartImport;
import app.touchbase.importing.api.UndoImport;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.ScreenWidth;
import app.touchbase.ui.base.StatusBadge;
import app.touchbase.ui.circles.CirclesView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;

import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Imports a LinkedIn, Google Contacts, Outlook, Thunderbird or vCard file: upload, look at what would happen (new,
 * duplicates, rows that can't be imported, and why), choose, import with progress, and undo if it was a mistake. On a
 * phone each row is one card, so nothing has to be scrolled to sideways.
 */
public class ImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int TICK_MILLIS = 500;

    static final String PHONE_CARD = "phone-card";
    static final String NOTE = "note";
    static final String TOO_LARGE = "The file is larger than 5 MB: choose a CSV or vCard file of at most 5 MB.";

    final Upload upload = new Upload();
    final SizeLimitedUpload receiver = new SizeLimitedUpload(MAX_BYTES, TOO_LARGE, this::preview, this::showProblem);
    final Paragraph summary = new Paragraph();
    final Paragraph readAs = new Paragraph();
    final Grid<PreviewRow> rows = new Grid<>();
    final ComboBox<CadencePreset> cadence = new ComboBox<>("Keep in touch with everyone imported");
    final ComboBox<CircleSummary> circle = new ComboBox<>("Put everyone imported into a circle");
    final Button start = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final Button undo = new Button("Undo this import");
    final Button close = new Button("Close");

    private final Backend backend;
    private final String owner;
    private final Runnable onImported;
    private String fileName;
    private byte[] content;
    private UUID importId;
    private ScheduledExecutorService ticker;
    private Registration resizes;
    private final List<Grid.Column<PreviewRow>> wideColumns;
    private final Grid.Column<PreviewRow> phoneColumn;

    public ImportDialog(Backend backend, String owner, Period defaultCadence, Runnable onImported) {
        this.backend = backend;
        this.owner = owner;
        this.onImported = onImported;
        cadence.setItems(CadencePreset.values());
        cadence.setItemLabelGenerator(CadencePreset::label);
        cadence.setClearButtonVisible(true);
        cadence.setPlaceholder("No cadence");
        cadence.setHelperText("Their first touches are spread over the cadence, not all due the same week");
        cadence.setValue(defaultCadence == null ? null : CadencePreset.of(defaultCadence).orElse(null));
        cadence.setWidthFull();
        cadence.setMaxWidth("22rem");
        List<CircleSummary> circles = backend.list(new ListCircles(owner, false), CircleSummary.class);
        circle.setItems(circles);
        circle.setItemLabelGenerator(one -> one.details().name() + (one.rules().isEmpty() ? "" : " (" + CirclesView.rules(one) + ")"));
        circle.setClearButtonVisible(true);
        circle.setPlaceholder("No circle");
        circle.setHelperText("They keep the circle's rules, first touches spread over each rule's period");
        circle.setWidthFull();
        circle.setMaxWidth("22rem");
        circle.setVisible(!circles.isEmpty());
        // a circle with rules is the rhythm; a cadence on top would remind twice
        circle.addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().rules().isEmpty()) {
                cadence.clear();
            }
        });
        setHeaderTitle("Import contacts");
        setWidth("min(60rem, 95vw)");
        upload.setUploadHandler(receiver);
        // Thunderbird saves its tab-separated export as .txt or .tab
        upload.setAcceptedFileTypes(".csv", ".txt", ".tab", ".vcf", ".vcard", "text/csv", "text/plain",
                "text/tab-separated-values", "text/vcard", "text/x-vcard");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> showProblem(rejected.getErrorMessage()
                + " Choose a CSV or vCard file of at most 5 MB."));

        rows.setSelectionMode(Grid.SelectionMode.MULTI);
        rows.setItemSelectableProvider(row -> row.status() != RowStatus.SKIPPED);
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        wideColumns = List.of(
                rows.addColumn(PreviewRow::row).setHeader("Row").setAutoWidth(true),
                rows.addColumn(ImportDialog::name).setHeader("Name").setAutoWidth(true),
                rows.addColumn(row -> row.person() == null ? "" : String.join(", ", row.person().details().emails()))
                        .setHeader("Email").setWidth("14rem"),
                rows.addColumn(ImportDialog::company).setHeader("Company").setWidth("10rem"),
                rows.addComponentColumn(ImportDialog::status).setHeader("").setAutoWidth(true),
                rows.addComponentColumn(ImportDialog::note).setKey(NOTE).setHeader("Note").setWidth("16rem").setFlexGrow(2));
        phoneColumn = rows.addComponentColumn(ImportDialog::card).setKey(PHONE_CARD).setHeader("Rows of the file").setFlexGrow(1);
        phoneColumn.setVisible(false);
        rows.setWidthFull();
        rows.setVisible(false);
        rows.setHeight("24rem");
        rows.addSelectionListener(selection -> showChoice());

        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        progress.setVisible(false);
        undo.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        undo.setVisible(false);
        undo.addClickListener(click -> undoImport());
        close.addClickListener(click -> close());

        add(new Paragraph("From LinkedIn (Connections.csv or Contacts.csv in \"Get a copy of your data\"), Google Contacts "
                + "(Export → Google CSV), Outlook or Thunderbird (CSV), or a vCard (.vcf) file from Apple Contacts, Outlook or a "
                + "phone. Up to 5 MB. Nothing is stored until you choose Import."), upload, summary, readAs, rows, cadence, circle, progress, progressText);
        getFooter().add(undo, close, start);
    }

    void preview(String name, byte[] bytes) {
        try {
            ImportPreview preview = backend.query(new PreviewImport(owner, name, bytes), ImportPreview.class);
            fileName = name;
            content = bytes;
            summary.setText(preview.format().label() + ": " + preview.count(RowStatus.NEW) + " new, "
                    + preview.count(RowStatus.DUPLICATE) + " look like people you have, "
                    + preview.count(RowStatus.SKIPPED) + " can't be imported. Choose who to import.");
            readAs.setText(String.join(" ", preview.notes()));
            readAs.setVisible(!preview.notes().isEmpty());
            rows.setVisible(true);
            rows.setItems(preview.rows());
            rows.deselectAll();
            preview.rows().stream().filter(row -> row.status() == RowStatus.NEW).forEach(rows::select);
            showChoice();
        } catch (RuntimeException refused) {
            showProblem(Feedback.messageFor(refused));
        }
    }

    private void showProblem(String message) {
        summary.setText(message);
        readAs.setVisible(false);
        rows.setVisible(false);
        content = null;
        start.setEnabled(false);
        start.setText("Import");
    }

    private void showChoice() {
        int chosen = rows.getSelectedItems().size();
        start.setText(chosen == 1 ? "Import 1 contact" : "Import " + chosen + " contacts");
        start.setEnabled(content != null && chosen > 0 && importId == null);
    }

    void startImport() {
        List<Integer> chosen = rows.getSelectedItems().stream().map(PreviewRow::row).sorted().toList();
        UUID id = UUID.randomUUID();
        if (!Feedback.send(backend, new StartImport(owner, id, fileName, content, chosen,
                cadence.getValue() == null ? null : cadence.getValue().every(),
                circle.getValue() == null ? null : circle.getValue().circleId()), null)) {
            return;
        }
        importId = id;
        upload.setVisible(false);
        rows.setVisible(false);
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText("Importing " + chosen.size() + " contacts…");
        followProgress();
    }

    void showProgress() {
        if (importId == null) {
            return;
        }
        backend.find(new FetchImport(owner, importId), ImportSummary.class).ifPresent(state -> {
            progress.setIndeterminate(false);
            progress.setValue(state.total() == 0 ? 0 : (double) state.done() / state.total());
            progressText.setText(switch (state.state()) {
                case RUNNING -> "Imported " + state.done() + " of " + state.total() + "…";
                case DONE -> "Imported " + state.total() + (state.total() == 1 ? " contact" : " contacts") + " from " + state.fileName() + ".";
                case UNDOING -> "Undoing: archived " + state.done() + " of " + state.total() + "…";
                case UNDONE -> "Undone: " + (state.total() == 1 ? "the imported contact is" : "the " + state.total()
                        + " imported contacts are") + " archived.";
                case FAILED -> state.problem();
            });
            undo.setVisible(state.state() == ImportState.DONE);
            if (state.state() != ImportState.RUNNING && state.state() != ImportState.UNDOING) {
                stopFollowing();
                onImported.run();
            }
        });
    }

    void undoImport() {
        if (!Feedback.send(backend, new UndoImport(importId, owner), null)) {
            return;
        }
        undo.setVisible(false);
        followProgress();
    }

    /** Shows the progress as it changes, pushed from a timer, until the import (or its undo) has ended. */
    private void followProgress() {
        showProgress();
        UI ui = getUI().orElse(null);
        if (ui == null || ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> ui.access(this::showProgress), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void stopFollowing() {
        if (ticker != null) {
            ticker.shutdown();
            ticker = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        resizes = ScreenWidth.follow(attach.getUI(), this::layOutFor);
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        super.onDetach(detach);
        stopFollowing();
        if (resizes != null) {
            resizes.remove();
            resizes = null;
        }
    }

    void layOutFor(boolean narrow) {
        wideColumns.forEach(column -> column.setVisible(!narrow));
        phoneColumn.setVisible(narrow);
    }

    /** On a phone, one card per row: its row and status, the name in full, the email and company, then the note. */
    static VerticalLayout card(PreviewRow row) {
        Span line = new Span("Row " + row.row());
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout top = new HorizontalLayout(status(row), line);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setWrap(true);
        VerticalLayout card = new VerticalLayout(top);
        if (row.person() != null) {
            Span name = new Span(name(row));
            name.getStyle().set("font-weight", "600");
            card.add(name);
            Stream.concat(row.person().details().emails().stream().limit(1), Stream.of(company(row)))
                    .filter(text -> !text.isEmpty()).map(Span::new).forEach(card::add);
        }
        if (row.reason() != null) {
            card.add(new Span(row.reason()));
        }
        card.add(whatBecameOfIt(row));
        card.getStyle().set("overflow-wrap", "anywhere");
        card.setPadding(false);
        card.setSpacing(false);
        return card;
    }

    private static String name(PreviewRow row) {
        return row.person() == null ? "" : row.person().details().name();
    }

    private static String company(PreviewRow row) {
        return row.person() == null || row.person().details().company() == null ? "" : row.person().details().company();
    }

    private static StatusBadge status(PreviewRow row) {
        return switch (row.status()) {
            case NEW -> new StatusBadge("New", StatusBadge.Tone.GOOD);
            case DUPLICATE -> new StatusBadge("Duplicate?", StatusBadge.Tone.NEUTRAL);
            case SKIPPED -> new StatusBadge("Skipped", StatusBadge.Tone.ALARM);
        };
    }

    /** Why a row is skipped or a duplicate, then what became of its fields. */
    static Div note(PreviewRow row) {
        Div note = new Div();
        if (row.reason() != null) {
            note.add(new Div(row.reason()));
        }
        note.add(whatBecameOfIt(row));
        return note;
    }

    /** What became of the fields of a row that have no field of the same name here, and what was left out. */
    static Div whatBecameOfIt(PreviewRow row) {
        Div said = new Div();
        said.addClassName("import-row-details");
        said.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("white-space", "normal").set("overflow-wrap", "anywhere");
        if (!row.keptAs().isEmpty()) {
            said.add(new Div("Kept as: " + String.join(" · ", row.keptAs())));
        }
        if (!row.warnings().isEmpty()) {
            String leftOut = String.join("; ", row.warnings());
            said.add(new Div("Left out: " + leftOut + (leftOut.endsWith(".") ? "" : ".")));
        }
        return said;
    }
}
