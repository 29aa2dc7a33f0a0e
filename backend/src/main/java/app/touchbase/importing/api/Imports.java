package app.touchbase.importing.api;

import java.util.List;

public record Imports(List<ImportSummary> imports) {

    public Imports {
        imports = List.copyOf(imports);
    }
}
