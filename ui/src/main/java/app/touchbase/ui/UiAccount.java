package app.touchbase.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The account whose network the UI shows. One local account until sign-in arrives. */
@Component
public class UiAccount {

    private final String owner;

    public UiAccount(@Value("${touchbase.ui.local-account:me}") String owner) {
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }
}
