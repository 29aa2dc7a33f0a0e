package app.touchbase.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.function.Consumer;

/**
 * Lets a view lay itself out differently on a phone: tells it, now and on every resize, whether the window is narrow,
 * until the view removes the answered registration (on detach, so a view left behind is not kept alive).
 */
public final class ScreenWidth {

    static final int NARROW_BELOW_PX = 700;

    private ScreenWidth() {
    }

    public static Registration follow(UI ui, Consumer<Boolean> narrow) {
        ui.getPage().retrieveExtendedClientDetails(details -> narrow.accept(details.getWindowInnerWidth() < NARROW_BELOW_PX));
        return ui.getPage().addBrowserWindowResizeListener(resize -> narrow.accept(resize.getWidth() < NARROW_BELOW_PX));
    }
}
