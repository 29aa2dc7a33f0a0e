package app.touchbase.ui;

import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.circles.CirclesView;
import app.touchbase.ui.contacts.ContactsView;
import app.touchbase.ui.due.DueView;
import app.touchbase.ui.duplicates.DuplicatesView;
import app.touchbase.ui.insights.InsightsView;
import app.touchbase.ui.mail.MailView;
import app.touchbase.ui.settings.SettingsView;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The frame of every page: a title bar and a side navigation that folds away on a phone. */
public class MainLayout extends AppLayout {

    final Button signOut = new Button("Sign out");

    public MainLayout(CurrentAccount account) {
        H1 title = new H1("Touchbase");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, LumoUtility.Flex.GROW);
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassNames(LumoUtility.Margin.End.MEDIUM);
        signOut.addClickListener(click -> account.signOut());
        addToNavbar(new DrawerToggle(), title, signOut);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Due", DueView.class, VaadinIcon.BELL.create()));
        navigation.addItem(new SideNavItem("Contacts", ContactsView.class, VaadinIcon.USERS.create()));
        navigation.addItem(new SideNavItem("Duplicates", DuplicatesView.class, VaadinIcon.COPY_O.create()));
        navigation.addItem(new SideNavItem("Circles", CirclesView.class, VaadinIcon.CIRCLE_THIN.create()));
        navigation.addItem(new SideNavItem("Insights", InsightsView.class, VaadinIcon.CHART.create()));
        navigation.addItem(new SideNavItem("Mail", MailView.class, VaadinIcon.ENVELOPE.create()));
        navigation.addItem(new SideNavItem("Settings", SettingsView.class, VaadinIcon.COG.create()));
        addToDrawer(navigation);
    }
}
