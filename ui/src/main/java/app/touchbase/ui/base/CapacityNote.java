package app.touchbase.ui.base;

import app.touchbase.plan.api.Capacity;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** Whether everyone's rules fit the weekly budget, in one sentence, and what would make them fit. */
public class CapacityNote extends Div {

    public final Paragraph message = new Paragraph();
    final UnorderedList fixes = new UnorderedList();

    public CapacityNote() {
        add(message, fixes);
        fixes.setVisible(false);
    }

    public void show(Capacity check) {
        message.setText(check.message());
        message.getStyle().set("color", check.fits() ? null : "var(--lumo-error-text-color)");
        fixes.removeAll();
        check.fixes().forEach(fix -> fixes.add(new ListItem(fix)));
        fixes.setVisible(!check.fixes().isEmpty());
    }
}
