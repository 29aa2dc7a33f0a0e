package app.touchbase.exporting.api;

/** A file to hand to the person: its suggested name, its media type (UTF-8 text) and its bytes. */
public record ExportedFile(String fileName, String mediaType, byte[] content) {
}
