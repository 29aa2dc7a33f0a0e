package app.touchbase.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The frame of every page: a title bar and a side navigation that folds away on a phone. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Touchbase");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        addToNavbar(new DrawerToggle(), title);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Due", DueView.class, VaadinIcon.BELL.create()));
        navigation.addItem(new SideNavItem("Contacts", ContactsView.class, VaadinIcon.USERS.create()));
        addToDrawer(navigation);
    }
}
