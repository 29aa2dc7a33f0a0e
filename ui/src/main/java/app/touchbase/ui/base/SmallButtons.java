package app.touchbase.ui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The small, quiet buttons beside an item in a list ("Change", "Remove", "Done"). */
public final class SmallButtons {

    private SmallButtons() {
    }

    public static Button of(String text, Runnable action, boolean disabled) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setEnabled(!disabled);
        return button;
    }
}
