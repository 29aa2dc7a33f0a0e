package app.touchbase.contact.api;

/** Every tag the owner's contacts carry, sorted, each once: what the tag filter suggests. Answers {@code List<String>}. */
public record ListTags(String owner) {
}
