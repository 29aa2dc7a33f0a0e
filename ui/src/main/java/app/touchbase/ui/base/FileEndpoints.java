package app.touchbase.ui.base;

import app.touchbase.backup.api.ExportEventLog;
import app.touchbase.calendar.api.RenderCalendarFeed;
import app.touchbase.exporting.api.ExportContacts;
import app.touchbase.exporting.api.ExportFormat;
import app.touchbase.exporting.api.ExportedFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.Principal;

/**
 * Files served outside the views: the signed-in account's contact exports, and the calendar feed, which calendar apps
 * fetch without signing in, so its secret token is the only key.
 */
@RestController
public class FileEndpoints {

    public static final String CALENDAR_PATH = "/calendar/";
    static final String EXPORT_PATH = "/export/";

    private final Backend backend;

    FileEndpoints(Backend backend) {
        this.backend = backend;
    }

    @GetMapping(EXPORT_PATH + "contacts.vcf")
    ResponseEntity<byte[]> vcards(Principal account) {
        return download(backend.query(new ExportContacts(account.getName(), ExportFormat.VCARD), ExportedFile.class));
    }

    @GetMapping(EXPORT_PATH + "contacts.csv")
    ResponseEntity<byte[]> csv(Principal account) {
        return download(backend.query(new ExportContacts(account.getName(), ExportFormat.CSV), ExportedFile.class));
    }

    @GetMapping(EXPORT_PATH + "backup.jsonl")
    ResponseEntity<byte[]> backup(Principal account) {
        return download(backend.query(new ExportEventLog(account.getName()), ExportedFile.class));
    }

    @GetMapping(CALENDAR_PATH + "{token}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token) {
        return backend.find(new RenderCalendarFeed(token), ExportedFile.class)
                .map(file -> ResponseEntity.ok().contentType(textType(file)).body(file.content()))
                .orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(textType(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }

    private static MediaType textType(ExportedFile file) {
        return new MediaType(MediaType.parseMediaType(file.mediaType()), StandardCharsets.UTF_8);
    }
}
