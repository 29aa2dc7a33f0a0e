package app.touchbase.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/** The account whose network the UI shows, and the time zone its dates are shown in. */
@Component
public class UiAccount {

    private final String owner;
    private final ZoneId zone;

    public UiAccount(@Value("${touchbase.ui.local-account:me}") String owner,
                     @Value("${touchbase.ui.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
        this.owner = owner;
        this.zone = ZoneId.of(zone);
    }

    public String owner() {
        return owner;
    }

    public ZoneId zone() {
        return zone;
    }
}
