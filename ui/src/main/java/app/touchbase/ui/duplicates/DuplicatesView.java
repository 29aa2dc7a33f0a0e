package app.touchbase.ui.duplicates;

import app.touchbase.duplicates.api.DismissDuplicatePair;
import app.touchbase.duplicates.api.DuplicatePair;
import app.touchbase.duplicates.api.DuplicatePairs;
import app.touchbase.duplicates.api.ListDuplicates;
import app.touchbase.ui.MainLayout;
import app.touchbase.ui.base.Backend;
import app.touchbase.ui.base.CurrentAccount;
import app.touchbase.ui.base.Feedback;
import app.touchbase.ui.base.SignedIn;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.axonframework.messaging.responsetypes.ResponseTypes;

import java.util.List;
import java.util.function.Predicate;

/**
 * Likely duplicates in the whole network (same email, phone number or LinkedIn profile, or similar names), each pair
 * to merge into one contact or to set aside as two different people.
 */
@Route(value = "duplicates", layout = MainLayout.class)
@PageTitle("Duplicates · Touchbase")
@PermitAll
public class DuplicatesView extends VerticalLayout {

    final Paragraph intro = new Paragraph("People who look like one person: the same email, phone number or LinkedIn "
            + "profile, or names that are nearly the same. Merge a pair into one contact (you choose each detail, nothing "
            + "of either history is lost, and you can undo it), or say they are different people.");
    final Paragraph empty = new Paragraph("No likely duplicates in your network.");
    final Div pairs = new Div();
    private final Backend backend;
    private final SignedIn account;
    private List<DuplicatePair> shown = List.of();
    private Registration liveUpdates;

    public DuplicatesView(Backend backend, CurrentAccount signedIn) {
        this.backend = backend;
        this.account = SignedIn.of(signedIn);
        setMaxWidth("70rem");
        pairs.setWidthFull();
        add(new H2("Duplicates"), intro, empty, pairs);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        liveUpdates = backend.onChange(new ListDuplicates(account.owner()), ResponseTypes.instanceOf(DuplicatePairs.class),
                () -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (liveUpdates != null) {
            liveUpdates.remove();
        }
    }

    void refresh() {
        List<DuplicatePair> found = backend.query(new ListDuplicates(account.owner()), DuplicatePairs.class).pairs();
        if (!found.equals(shown)) {
            shown = found;
            pairs.removeAll();
            found.forEach(pair -> pairs.add(new DuplicateCard(pair, this::merge, this::dismiss)));
        }
        empty.setVisible(found.isEmpty());
    }

    /** The cards on the page now. */
    List<DuplicateCard> cards() {
        return pairs.getChildren().filter(DuplicateCard.class::isInstance).map(DuplicateCard.class::cast).toList();
    }

    private void merge(DuplicatePair pair) {
        new MergeDialog(backend, account.owner(), pair, merged -> setAside(card -> card.pair.involves(merged)), this::refresh).open();
    }

    private void dismiss(DuplicatePair pair) {
        if (Feedback.send(backend, new DismissDuplicatePair(account.owner(), pair.first().contactId(), pair.second().contactId()),
                pair.first().details().name() + " and " + pair.second().details().name() + " are kept apart")) {
            setAside(card -> card.pair.equals(pair));
        }
    }

    /** Takes cards off at once; the list read again (as soon as the read models have the change) agrees. */
    private void setAside(Predicate<DuplicateCard> which) {
        cards().stream().filter(which).forEach(pairs::remove);
        empty.setVisible(cards().isEmpty());
    }
}
