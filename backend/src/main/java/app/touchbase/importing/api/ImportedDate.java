package app.touchbase.importing.api;

import app.touchbase.shared.api.Personal;

import java.time.MonthDay;

/** A date a file gives beside the birthday (an anniversary, Apple's labelled dates): it becomes an important date. */
public record ImportedDate(@Personal String label, MonthDay day, Integer year) {
}
