package app.touchbase.reminder.api;

import java.util.List;

public record Outbox(List<OutboxMail> mails) {

    public Outbox {
        mails = List.copyOf(mails);
    }
}
