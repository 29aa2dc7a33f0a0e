package app.touchbase.contact.api;

/** Every contact of the owner, archived ones included, sorted by name, in one answer (for exports and backups). */
public record ListAllContacts(String owner) {
}
