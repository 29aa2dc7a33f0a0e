package app.touchbase.importing.api;

/**
 * Reads a file and tells what importing it would do, storing nothing. A file that is not one of the supported
 * formats, is too large or is not readable text is refused with an {@code InvalidInputException} on {@code file}.
 */
public record PreviewImport(String owner, String fileName, byte[] content) {
}
