package app.touchbase.asof.api;

import app.touchbase.contact.api.InteractionRecord;

/** A touch on or before the day looked at; {@code loggedLater} when it was logged only after that moment. */
public record AsOfTouch(InteractionRecord touch, boolean loggedLater) {
}
