package app.touchbase.ui.contacts;

import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.SearchContacts;
import app.touchbase.ui.base.Backend;

import java.util.ArrayList;
import java.util.List;

/** Every contact a search matches, read page by page: what a bulk action acts on. */
public final class Contacts {

    private Contacts() {
    }

    public static List<ContactSummary> matching(Backend backend, SearchContacts search) {
        List<ContactSummary> all = new ArrayList<>();
        ContactPage page;
        do {
            page = backend.query(new SearchContacts(search.owner(), search.text(), search.tag(), search.circleId(),
                    search.withoutRules(), search.includeArchived(), all.size(), SearchContacts.MAX_PAGE), ContactPage.class);
            all.addAll(page.contacts());
        } while (!page.contacts().isEmpty() && all.size() < page.total());
        return all;
    }
}
