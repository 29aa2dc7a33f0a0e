package app.touchbase.backup.api;

/**
 * Every event of the owner's account and contacts, oldest first, one JSON document a line: a backup that restores
 * into an empty installation ({@code --touchbase.restore=FILE}) and rebuilds the same read models.
 */
public record ExportEventLog(String owner) {
}
