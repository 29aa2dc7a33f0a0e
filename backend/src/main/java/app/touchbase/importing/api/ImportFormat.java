package app.touchbase.importing.api;

public enum ImportFormat {
    LINKEDIN("LinkedIn connections (Connections.csv)"),
    GOOGLE("Google Contacts (CSV)"),
    VCARD("vCard");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
