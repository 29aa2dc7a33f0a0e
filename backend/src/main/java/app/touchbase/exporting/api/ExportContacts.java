package app.touchbase.exporting.api;

/** Every contact of the owner, archived ones included, as one file. */
public record ExportContacts(String owner, ExportFormat format) {
}
