package app.touchbase.ui.base;

import app.touchbase.nexttouch.api.TouchStatus;
import com.vaadin.flow.component.html.Span;

/** A word in a coloured pill (Lumo's badge): where someone stands, how a mail or an import row went. */
public class StatusBadge extends Span {

    /** The colour, by what it means. */
    public enum Tone {
        ALARM("error"), ATTENTION("warning"), GOOD("success"), NEUTRAL(null), QUIET("contrast");

        private final String theme;

        Tone(String theme) {
            this.theme = theme;
        }
    }

    private final Tone tone;

    public StatusBadge(String text, Tone tone) {
        super(text);
        this.tone = tone;
        getElement().getThemeList().add("badge");
        if (tone.theme != null) {
            getElement().getThemeList().add(tone.theme);
        }
    }

    /** Overdue in red, due in amber, due soon plain, the rest (snoozed, in touch…) quiet. */
    public static StatusBadge of(TouchStatus status) {
        return new StatusBadge(status.label(), switch (status) {
            case OVERDUE -> Tone.ALARM;
            case DUE -> Tone.ATTENTION;
            case DUE_SOON -> Tone.NEUTRAL;
            default -> Tone.QUIET;
        });
    }

    public Tone tone() {
        return tone;
    }
}
