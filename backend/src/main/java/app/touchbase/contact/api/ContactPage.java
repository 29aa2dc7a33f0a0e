package app.touchbase.contact.api;

import java.util.List;

public record ContactPage(List<ContactSummary> contacts, long total) {
}
