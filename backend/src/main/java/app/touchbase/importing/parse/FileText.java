package app.touchbase.importing.parse;

import app.touchbase.shared.api.InvalidInputException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of an uploaded file. Its encoding is taken from a byte order mark, else UTF-16 is recognised by its zero
 * bytes, else UTF-8 when every byte fits, else guessed from the bytes (Outlook and Excel write the Windows code page).
 */
final class FileText {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int UTF16_SAMPLE = 512;

    private FileText() {
    }

    static DecodedText decode(byte[] content) {
        checkSize(content);
        Optional<Charset> unicode = unicode(content);
        if (unicode.isPresent()) {
            return checked(new DecodedText(strictly(content, unicode.get()), readAs(unicode.get())));
        }
        if (isUtf8(content)) {
            return checked(new DecodedText(strictly(content, StandardCharsets.UTF_8), readAs(StandardCharsets.UTF_8)));
        }
        Charset guessed = CharsetGuess.of(content);
        return checked(new DecodedText(strictly(content, guessed), guessedNote(guessed)));
    }

    static void checkSize(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "The file is " + megabytes(content.length) + " MB; at most "
                    + megabytes(MAX_BYTES) + " MB can be imported at once. Split it into smaller files.");
        }
    }

    /** UTF-8 or UTF-16 as marked by a byte order mark, or UTF-16 without one (older Apple Address Book exports). */
    static Optional<Charset> unicode(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(content, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return unmarkedUtf16(content);
    }

    /** Text in Latin letters as UTF-16 has a zero byte in every other place; no 8-bit text has that many. */
    private static Optional<Charset> unmarkedUtf16(byte[] content) {
        int pairs = Math.min(content.length, UTF16_SAMPLE) / 2;
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            zeroFirst += content[2 * i] == 0 && content[2 * i + 1] != 0 ? 1 : 0;
            zeroSecond += content[2 * i] != 0 && content[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs > 0 && zeroFirst > pairs * 0.4 && zeroSecond == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (pairs > 0 && zeroSecond > pairs * 0.4 && zeroFirst == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** Decodes the whole content, without its byte order mark, and refuses bytes that are not characters. */
    static String strictly(byte[] content, Charset charset) {
        ByteBuffer bytes = ByteBuffer.wrap(content);
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "The file is not readable " + charset.displayName()
                    + " text: byte " + (bytes.position() + 1) + " is not part of any character. "
                    + "Save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again.");
        }
    }

    static String readAs(Charset charset) {
        return "Read as " + charset.displayName() + " text.";
    }

    static String guessedNote(Charset charset) {
        return "Read as " + charset.displayName() + " text, guessed from its bytes: if names look wrong, save the file "
                + "as UTF-8 and import it again.";
    }

    private static DecodedText checked(DecodedText decoded) {
        if (decoded.text().indexOf('\0') >= 0) {
            throw new InvalidInputException("file", "This is not a text file. Choose a CSV or vCard (.vcf) file.");
        }
        return decoded;
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
