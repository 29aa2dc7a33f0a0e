package app.touchbase.importing.parse;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of a vCard file. Unicode files (marked, or UTF-16 without a mark) are read whole. Otherwise each property
 * is read in the character set its own {@code CHARSET} parameter names (vCard 2.1: Outlook writes
 * {@code CHARSET=windows-1252}, Japanese phones {@code CHARSET=SHIFT_JIS}), and the rest as UTF-8 if it is valid,
 * else in the encoding guessed from its bytes. This happens on raw lines, before the cards are parsed, because a
 * Shift_JIS character can hold a backslash byte that would otherwise be taken for an escape.
 */
final class VCardText {

    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*CHARSET\\s*=\\s*\"?([A-Za-z0-9_.:\\-]+)");
    private static final Pattern QUOTED_PRINTABLE = Pattern.compile("(?i)[;=]\\s*QUOTED-PRINTABLE");

    private static final int MAX_LINES_NAMED = 5;

    private VCardText() {
    }

    static boolean matches(byte[] content) {
        Optional<Charset> unicode = FileText.unicode(content);
        String start = unicode.map(charset -> new String(content, 0, Math.min(content.length, 64), charset))
                .orElseGet(() -> new String(content, 0, Math.min(content.length, 32), StandardCharsets.ISO_8859_1));
        return start.replace("\uFEFF", "").stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length());
    }

    static DecodedText decode(byte[] content) {
        FileText.checkSize(content);
        Optional<Charset> unicode = FileText.unicode(content);
        if (unicode.isPresent()) {
            return new DecodedText(FileText.strictly(content, unicode.get()), FileText.readAs(unicode.get()));
        }
        List<Line> lines = lines(content);
        byte[] undeclared = lines.stream().filter(line -> line.charset() == null).map(Line::bytes)
                .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::writeBytes, (a, b) -> a.writeBytes(b.toByteArray()))
                .toByteArray();
        boolean utf8 = FileText.isUtf8(undeclared);
        Charset rest = utf8 ? StandardCharsets.UTF_8 : CharsetGuess.of(undeclared);
        StringBuilder text = new StringBuilder(content.length);
        Set<String> declared = new LinkedHashSet<>();
        List<Integer> unreadable = new ArrayList<>();
        for (Line line : lines) {
            Charset charset = line.charset() == null ? rest : line.charset();
            if (line.charset() != null && !line.isAscii() && !line.charset().equals(StandardCharsets.UTF_8)) {
                declared.add(line.charset().displayName());
            }
            try {
                text.append(strictly(line.bytes(), charset));
            } catch (CharacterCodingException notInThatCharset) {
                unreadable.add(line.number());
                text.append(new String(line.bytes(), charset));
            }
        }
        return new DecodedText(text.toString(), note(rest, utf8, declared, unreadable));
    }

    private static String note(Charset rest, boolean utf8, Set<String> declared, List<Integer> unreadable) {
        String note = declared.isEmpty() ? (utf8 ? FileText.readAs(rest) : FileText.guessedNote(rest))
                : "Read in the character set each card declares (" + String.join(", ", declared) + ")"
                + (utf8 ? ", the rest as UTF-8." : ", the rest as " + rest.displayName() + ", guessed from its bytes.");
        if (!unreadable.isEmpty()) {
            note += " Some characters on line" + (unreadable.size() == 1 ? " " : "s ")
                    + unreadable.stream().limit(MAX_LINES_NAMED).map(String::valueOf).collect(Collectors.joining(", "))
                    + (unreadable.size() > MAX_LINES_NAMED ? " and others" : "")
                    + " are not in the character set declared there and may look wrong.";
        }
        return note;
    }

    /** A physical line of the file with its line break, and the character set its property declares (null if none). */
    private record Line(int number, byte[] bytes, Charset charset) {

        boolean isAscii() {
            for (byte b : bytes) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Every byte value of a line break is ASCII in each character set a vCard 2.1 may declare, so raw lines are safe. */
    private static List<Line> lines(byte[] content) {
        List<Line> lines = new ArrayList<>();
        String head = "";
        boolean softBreak = false;
        int start = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            end = Math.min(end + 1, content.length);
            byte[] bytes = Arrays.copyOfRange(content, start, end);
            boolean continues = softBreak || bytes[0] == ' ' || bytes[0] == '\t';
            if (!continues) {
                head = head(bytes);
            }
            // a quoted-printable line that ends in "=" goes on in the next line, which need not start with a space
            softBreak = QUOTED_PRINTABLE.matcher(head).find() && new String(bytes, StandardCharsets.ISO_8859_1).strip().endsWith("=");
            lines.add(new Line(lines.size() + 1, bytes, declaredCharset(head)));
            start = end;
        }
        return lines;
    }

    /** The property name and parameters: everything before the first colon. */
    private static String head(byte[] line) {
        String text = new String(line, StandardCharsets.ISO_8859_1);
        int colon = text.indexOf(':');
        return colon < 0 ? text : text.substring(0, colon);
    }

    private static Charset declaredCharset(String head) {
        Matcher charset = CHARSET.matcher(head);
        return charset.find() && Charset.isSupported(charset.group(1)) ? Charset.forName(charset.group(1)) : null;
    }

    private static String strictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
