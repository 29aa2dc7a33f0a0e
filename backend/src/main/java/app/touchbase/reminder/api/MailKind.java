package app.touchbase.reminder.api;

public enum MailKind {
    REMINDER, DIGEST
}
