package app.touchbase.shared;

/** Text quoted in one line (a mail, a suggestion): runs of white space become one space, and a long text is cut with "…". */
public final class Excerpts {

    private Excerpts() {
    }

    /** At most {@code length} characters, the last one "…" when the text was cut. */
    public static String oneLine(String text, int length) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1).strip() + "…";
    }
}
