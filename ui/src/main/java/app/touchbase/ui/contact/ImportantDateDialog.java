package app.touchbase.ui.contact;

import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.FormDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;

/** A date that comes back every year: a birthday (the year is optional), an anniversary. */
public class ImportantDateDialog extends FormDialog<ImportantDateDialog.Form> {

    static final String[] LABELS = {"Birthday", "Work anniversary", "Wedding anniversary", "Name day"};

    public record Form(String label, Month month, Integer day, Integer year, Integer noticeDays) {
    }

    final ComboBox<String> label = new ComboBox<>("What");
    final Select<Month> month = new Select<>();
    final IntegerField day = new IntegerField("Day");
    final IntegerField year = new IntegerField("Year (optional)");
    final IntegerField noticeDays = new IntegerField("Remind me days before");

    private final String owner;
    private final UUID contactId;
    private final ImportantDate changing;

    public ImportantDateDialog(Backend backend, String owner, UUID contactId, String name, Runnable onSaved) {
        this(backend, owner, contactId, name, null, onSaved);
    }

    /** An important date changed; {@code changing} null for a new one. */
    public ImportantDateDialog(Backend backend, String owner, UUID contactId, String name, ImportantDate changing,
                               Runnable onSaved) {
        super(backend, (changing == null ? "A date to remember for " : "Change a date of ") + name, Form.class, onSaved);
        this.owner = owner;
        this.contactId = contactId;
        this.changing = changing;
        label.setItems(LABELS);
        label.setAllowCustomValue(true);
        label.addCustomValueSetListener(custom -> label.setValue(custom.getDetail()));
        month.setLabel("Month");
        month.setItems(Month.values());
        month.setItemLabelGenerator(ImportantDateDialog::monthName);
        day.setMin(1);
        day.setMax(31);
        day.setStepButtonsVisible(true);
        day.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage("Enter a day between 1 and 31.")
                .setMaxErrorMessage("Enter a day between 1 and 31.").setBadInputErrorMessage("Enter the day as a number."));
        year.setHelperText("Leave empty if you don't know it");
        noticeDays.setMin(0);
        noticeDays.setMax(AddImportantDate.MAX_NOTICE_DAYS);
        noticeDays.setStepButtonsVisible(true);
        String noticeRange = "The advance notice must be between 0 and " + AddImportantDate.MAX_NOTICE_DAYS + " days.";
        noticeDays.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(noticeRange).setMaxErrorMessage(noticeRange)
                .setBadInputErrorMessage("Enter the number of days."));
        binder.forField(label).bind("label");
        binder.forField(month).asRequired("Pick the month.").bind("month");
        binder.forField(day).asRequired("Enter the day of the month.").bind("day");
        binder.forField(year).bind("year");
        binder.forField(noticeDays).bind("noticeDays");
        binder.readRecord(changing == null ? new Form(LABELS[0], null, null, null, AddImportantDate.DEFAULT_NOTICE_DAYS)
                : new Form(changing.label(), changing.day().getMonth(), changing.day().getDayOfMonth(), changing.year(),
                changing.noticeDays()));
        add(new FormLayout(label, month, day, year, noticeDays));
    }

    @Override
    protected Object command(Form values) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(values.month(), values.day());
        } catch (DateTimeException noSuchDay) {
            Feedback.invalid(day, monthName(values.month()) + " has no day " + values.day() + ".");
            return null;
        }
        int notice = values.noticeDays() == null ? 0 : values.noticeDays();
        return changing == null
                ? new AddImportantDate(contactId, owner, UUID.randomUUID(), values.label(), monthDay, values.year(), notice)
                : new ChangeImportantDate(contactId, owner, changing.dateId(), values.label(), monthDay, values.year(), notice);
    }

    @Override
    protected String done(Form values) {
        return changing == null ? "Date saved" : "Date changed";
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
