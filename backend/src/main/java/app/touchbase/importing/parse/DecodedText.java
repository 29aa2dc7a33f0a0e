package app.touchbase.importing.parse;

/** The text of an uploaded file, and a sentence for the preview that says which encoding it was read in. */
record DecodedText(String text, String note) {
}
