package app.touchbase.importing.parse;

import com.github.mangstadt.vinnie.VObjectProperty;
import com.github.mangstadt.vinnie.io.Context;
import com.github.mangstadt.vinnie.io.SyntaxRules;
import com.github.mangstadt.vinnie.io.VObjectDataAdapter;
import com.github.mangstadt.vinnie.io.VObjectReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a first pass over a vCard file tells before its cards are read: the line each card begins on, and the
 * character set for quoted-printable values that name none (vCard 2.1 leaves it to the device, which used its own:
 * UTF-8 if every such value is valid UTF-8, else the one guessed from their bytes).
 */
record CardOutline(List<Integer> firstLines, Charset quotedPrintable, String note) {

    static CardOutline of(String text) {
        List<Integer> firstLines = new ArrayList<>();
        ByteArrayOutputStream unnamed = new ByteArrayOutputStream();
        try (VObjectReader reader = new VObjectReader(new StringReader(text), SyntaxRules.vcard())) {
            // ISO-8859-1 maps each byte to one character, so the quoted bytes can be had back unchanged
            reader.setDefaultQuotedPrintableCharset(StandardCharsets.ISO_8859_1);
            reader.parse(new VObjectDataAdapter() {
                @Override
                public void onComponentBegin(String name, Context context) {
                    if (context.getParentComponents().isEmpty() && "VCARD".equalsIgnoreCase(name)) {
                        firstLines.add(context.getLineNumber());
                    }
                }

                @Override
                public void onProperty(VObjectProperty property, Context context) {
                    if (property.getParameters().isQuotedPrintable() && property.getParameters().first("CHARSET") == null
                            && property.getValue() != null) {
                        unnamed.writeBytes(property.getValue().getBytes(StandardCharsets.ISO_8859_1));
                        unnamed.write('\n');
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] quoted = unnamed.toByteArray();
        if (FileText.isUtf8(quoted)) {
            return new CardOutline(firstLines, StandardCharsets.UTF_8, null);
        }
        Charset guessed = CharsetGuess.of(quoted);
        return new CardOutline(firstLines, guessed, "Quoted-printable values that name no character set were read as "
                + guessed.displayName() + ", guessed from their bytes.");
    }

    /** The line a card begins on, counting from 1; the card's place in the file if the passes disagree. */
    int lineOf(int card, int cards) {
        return firstLines.size() == cards ? firstLines.get(card) : card + 1;
    }
}
