package app.touchbase.importing.parse;

import app.touchbase.shared.api.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The text of an uploaded file: UTF-8 (with or without a byte order mark) or UTF-16 with one; nothing else is guessed. */
final class FileText {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private FileText() {
    }

    static String decode(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is " + megabytes(content.length) + " MB; at most "
                    + megabytes(MAX_BYTES) + " MB can be imported at once. Split it into smaller files.");
        }
        String text = strictly(content);
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("file", "This is not a text file. Choose a CSV or vCard (.vcf) file.");
        }
        return text;
    }

    private static String strictly(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return decode(content, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return decode(content, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return decode(content, 2, StandardCharsets.UTF_16BE);
        }
        return decode(content, 0, StandardCharsets.UTF_8);
    }

    private static String decode(byte[] content, int offset, Charset charset) {
        ByteBuffer bytes = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (MalformedInputException e) {
            throw new InvalidInputException("file", "The file is not readable " + charset.displayName()
                    + " text: byte " + (bytes.position() + 1) + " is not part of any character. Export it again as UTF-8.");
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "The file is not readable " + charset.displayName()
                    + " text. Export it again as UTF-8.");
        }
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(int bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
