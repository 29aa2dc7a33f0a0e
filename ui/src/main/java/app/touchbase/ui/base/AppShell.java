package app.touchbase.ui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.PWA;

/** Views change as soon as the read models do: the server pushes the change to the browser. */
@Push
@Viewport("width=device-width, initial-scale=1")
@PWA(name = "Touchbase", shortName = "Touchbase", description = "Stay in touch with the people who matter")
public class AppShell implements AppShellConfigurator {
}
