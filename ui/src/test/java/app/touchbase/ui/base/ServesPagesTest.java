package app.touchbase.ui.base;

import app.touchbase.TouchbaseApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged application answers over HTTP with a page sized for phones and the prebuilt production bundle. */
@SpringBootTest(classes = TouchbaseApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "touchbase.storage.mode=embedded-memory")
class ServesPagesTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void everyRouteServesTheApplicationPage() {
        for (String route : new String[]{"/", "/contacts"}) {
            ResponseEntity<String> page = http.getForEntity(route, String.class);
            assertThat(page.getStatusCode()).as(route).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Matcher bundle = Pattern.compile("src=\"\\./(VAADIN/build/indexhtml-[^\"]+\\.js)\"").matcher(page.getBody());
            assertThat(bundle.find()).as("the page loads the production bundle").isTrue();
            assertThat(http.getForEntity("/" + bundle.group(1), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
    }
}
