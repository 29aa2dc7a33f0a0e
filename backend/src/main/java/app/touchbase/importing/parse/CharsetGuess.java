package app.touchbase.importing.parse;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Guesses the legacy encoding of bytes that are not UTF-8, with Mozilla's detector. */
final class CharsetGuess {

    /** What Outlook and Excel write on Western Windows, the most common source of such files. */
    static final Charset WESTERN = Charset.forName("windows-1252");

    private CharsetGuess() {
    }

    static Charset of(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return Optional.ofNullable(detector.getDetectedCharset())
                .filter(Charset::isSupported)
                .map(Charset::forName)
                // the detector names these for unmarked text too, but the bytes have already failed as UTF-8
                .filter(charset -> !charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII))
                .orElse(WESTERN);
    }
}
