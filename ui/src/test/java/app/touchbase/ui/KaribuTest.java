package app.touchbase.ui;

import app.touchbase.TouchbaseApplication;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Views driven without a browser (Karibu-Testing) against the whole application: real Axon, the embedded MongoDB over
 * its wire protocol. Each test class names its own account, so classes never see each other's contacts.
 */
@SpringBootTest(classes = TouchbaseApplication.class, properties = "touchbase.storage.mode=embedded-memory")
abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.touchbase.ui");

    @Autowired
    ApplicationContext context;
    @Autowired
    Backend backend;
    @Autowired
    UiAccount account;

    @BeforeEach
    void startVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
    }
}
