package app.touchbase.ui.contact;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A contact's page in a browserless session, for the tests of every page that leads there. */
public final class ContactPages {

    private ContactPages() {
    }

    /** Opens a contact's page once the read models show the contact. */
    public static ContactView open(UUID contactId) {
        UI.getCurrent().navigate(ContactView.class, new RouteParameters("contactId", contactId.toString()));
        ContactView view = _get(ContactView.class);
        await().pollInSameThread().untilAsserted(() -> {
            view.refresh();
            assertThat(view.notFound.isVisible()).isFalse();
        });
        return view;
    }
}
