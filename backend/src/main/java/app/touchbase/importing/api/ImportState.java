package app.touchbase.importing.api;

public enum ImportState {
    RUNNING("Importing"), DONE("Imported"), UNDOING("Undoing"), UNDONE("Undone"), FAILED("Failed, nothing kept");

    private final String label;

    ImportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
