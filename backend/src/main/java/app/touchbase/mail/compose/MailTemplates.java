package app.touchbase.mail.compose;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Mustache templates under {@code mail/}: {@code name.html.mustache} (escaped) and {@code name.txt.mustache} (plain). */
@Component
class MailTemplates {

    private final Map<String, Template> templates;

    MailTemplates() {
        Mustache.Compiler html = Mustache.compiler().escapeHTML(true).defaultValue("");
        Mustache.Compiler text = Mustache.compiler().escapeHTML(false).defaultValue("");
        templates = Map.of(
                "reminder.html", load(html, "reminder.html"), "reminder.txt", load(text, "reminder.txt"),
                "digest.html", load(html, "digest.html"), "digest.txt", load(text, "digest.txt"));
    }

    String html(String name, Object model) {
        return templates.get(name + ".html").execute(model);
    }

    String text(String name, Object model) {
        return templates.get(name + ".txt").execute(model);
    }

    private static Template load(Mustache.Compiler compiler, String name) {
        try (Reader reader = new InputStreamReader(new ClassPathResource("mail/" + name + ".mustache").getInputStream(),
                StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Mail template " + name + " is missing from the application", e);
        }
    }
}
