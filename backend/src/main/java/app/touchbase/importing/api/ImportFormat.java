package app.touchbase.importing.api;

public enum ImportFormat {
    LINKEDIN("LinkedIn connections (Connections.csv)"),
    GOOGLE("Google Contacts (CSV)"),
    VCARD("vCard"),
    OUTLOOK("Outlook contacts (CSV)"),
    THUNDERBIRD("Thunderbird address book (CSV)"),
    LINKEDIN_CONTACTS("LinkedIn imported contacts (CSV)"),
    TOUCHBASE("Touchbase export (CSV)");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
