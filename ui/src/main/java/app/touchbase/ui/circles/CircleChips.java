package app.touchbase.ui.circles;

import app.touchbase.cadence.api.CircleRef;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.List;

/** A circle as a small coloured label, and a row of them for everyone who is in a few. */
public final class CircleChips {

    private CircleChips() {
    }

    public static Span chip(CircleRef circle) {
        Span chip = new Span(circle.name());
        chip.getElement().getThemeList().add("badge pill");
        chip.getStyle().set("background-color", circle.colour().hex()).set("color", "white");
        chip.getElement().setAttribute("title", "In the circle " + circle.name());
        return chip;
    }

    public static FlexLayout row(List<CircleRef> circles) {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-xs)");
        circles.forEach(circle -> row.add(chip(circle)));
        return row;
    }
}
