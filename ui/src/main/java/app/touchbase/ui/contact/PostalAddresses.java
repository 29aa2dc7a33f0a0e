package app.touchbase.ui.contact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/** A contact's postal addresses, each as written, line by line; hidden when there is none. */
class PostalAddresses extends Div {

    private static final String PREFIX = "🏠 ";

    PostalAddresses() {
        addClassName("postal-addresses");
        setVisible(false);
    }

    void show(List<String> addresses) {
        removeAll();
        for (String address : addresses) {
            Paragraph one = new Paragraph(PREFIX + address);
            one.getStyle().set("white-space", "pre-line").set("margin", "0 0 var(--lumo-space-s)");
            add(one);
        }
        setVisible(!addresses.isEmpty());
    }

}
