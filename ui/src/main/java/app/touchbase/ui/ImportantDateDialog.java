package app.touchbase.ui;

import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDate;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A date that comes back every year: a birthday (the year is optional), an anniversary. */
public class ImportantDateDialog extends Dialog {

    static final String[] LABELS = {"Birthday", "Work anniversary", "Wedding anniversary", "Name day"};

    final ComboBox<String> label = new ComboBox<>("What");
    final Select<Month> month = new Select<>();
    final IntegerField day = new IntegerField("Day");
    final IntegerField year = new IntegerField("Year (optional)");
    final IntegerField noticeDays = new IntegerField("Remind me days before");
    final Button save = new Button("Save");

    private final Backend backend;
    private final String owner;
    private final UUID contactId;
    private final ImportantDate changing;
    private final Runnable onSaved;

    public ImportantDateDialog(Backend backend, String owner, UUID contactId, String name, Runnable onSaved) {
        this(backend, owner, contactId, name, null, onSaved);
    }

    /** An important date changed; {@code changing} null for a new one. */
    public ImportantDateDialog(Backend backend, String owner, UUID contactId, String name, ImportantDate changing,
                               Runnable onSaved) {
        this.backend = backend;
        this.owner = owner;
        this.contactId = contactId;
        this.changing = changing;
        this.onSaved = onSaved;
        setHeaderTitle((changing == null ? "A date to remember for " : "Change a date of ") + name);
        label.setItems(LABELS);
        label.setAllowCustomValue(true);
        label.addCustomValueSetListener(custom -> label.setValue(custom.getDetail()));
        label.setValue(LABELS[0]);
        month.setLabel("Month");
        month.setItems(Month.values());
        month.setItemLabelGenerator(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        day.setMin(1);
        day.setMax(31);
        day.setStepButtonsVisible(true);
        year.setHelperText("Leave empty if you don't know it");
        noticeDays.setMin(0);
        noticeDays.setMax(AddImportantDate.MAX_NOTICE_DAYS);
        noticeDays.setValue(AddImportantDate.DEFAULT_NOTICE_DAYS);
        noticeDays.setStepButtonsVisible(true);
        if (changing != null) {
            label.setValue(changing.label());
            month.setValue(changing.day().getMonth());
            day.setValue(changing.day().getDayOfMonth());
            year.setValue(changing.year());
            noticeDays.setValue(changing.noticeDays());
        }
        add(new FormLayout(label, month, day, year, noticeDays));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    void save() {
        Feedback.clear(fields());
        if (month.getValue() == null) {
            Feedback.invalid(month, "Pick the month.");
            return;
        }
        if (day.getValue() == null) {
            Feedback.invalid(day, "Enter the day of the month.");
            return;
        }
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month.getValue(), day.getValue());
        } catch (DateTimeException noSuchDay) {
            Feedback.invalid(day, month.getValue().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " has no day " + day.getValue() + ".");
            return;
        }
        int notice = noticeDays.getValue() == null ? 0 : noticeDays.getValue();
        Object command = changing == null
                ? new AddImportantDate(contactId, owner, UUID.randomUUID(), label.getValue(), monthDay, year.getValue(), notice)
                : new ChangeImportantDate(contactId, owner, changing.dateId(), label.getValue(), monthDay, year.getValue(), notice);
        if (Feedback.accepted(() -> backend.send(command), fields())) {
            close();
            Feedback.saved("Date saved");
            onSaved.run();
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of("label", label, "day", day, "year", year, "noticeDays", noticeDays, "month", month);
    }
}
