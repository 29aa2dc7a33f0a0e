package app.touchbase.ui.base;

import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.ui.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;

class FriendlyErrorsTest extends KaribuTest {

    @Test
    void anUnexpectedFailureShowsAPlainSentenceNotAStackTrace() {
        FriendlyErrors.show(new ErrorEvent(new IllegalStateException("connection refused: mongo:27017")));
        NotificationsKt.expectNotifications(Feedback.UNEXPECTED);
    }

    @Test
    void aRefusalShowsItsOwnMessage() {
        FriendlyErrors.show(new ErrorEvent(new CommandRejectedException("Grace is archived: restore the contact first.")));
        NotificationsKt.expectNotifications("Grace is archived: restore the contact first.");
    }
}
