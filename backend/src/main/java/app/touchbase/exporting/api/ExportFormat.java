package app.touchbase.exporting.api;

/** The formats the contact list can be exported in. */
public enum ExportFormat {
    VCARD("touchbase-contacts.vcf", "text/vcard"),
    CSV("touchbase-contacts.csv", "text/csv");

    private final String fileName;
    private final String mediaType;

    ExportFormat(String fileName, String mediaType) {
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
