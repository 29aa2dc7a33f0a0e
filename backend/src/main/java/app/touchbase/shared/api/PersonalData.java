package app.touchbase.shared.api;

/** A record whose {@link Personal} fields, and those of the records it carries, are sealed with one key. */
public interface PersonalData {

    PersonalDataKey personalDataKey();
}
