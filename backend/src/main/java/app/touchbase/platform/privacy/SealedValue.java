package app.touchbase.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a sealed field is stored in an event: {@code {"$sealed": {"key": …, "list": true|false, "data": base64}}}. An
 * object with that one field cannot be mistaken for anything a person typed. {@code list} says what an erased field
 * reads back as: an empty list, or nothing.
 */
record SealedValue(String keyId, boolean list, byte[] ciphertext) {

    static final String FIELD = "$sealed";

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putObject(FIELD).put("key", keyId).put("list", list).put("data", Base64.getEncoder().encodeToString(ciphertext));
        return node;
    }

    /** The key of each sealed field in an event's stored JSON, as {@link #toJson} writes it, found without parsing it. */
    private static final Pattern KEY_IN_STORED_JSON = Pattern.compile("\\{\"\\" + FIELD + "\":\\{\"key\":\"([^\"\\\\]+)\"");

    /** The keys of the sealed fields in stored JSON; what it misses is only opened later, one key at a time. */
    static void keyIdsIn(String storedJson, Collection<String> keyIds) {
        Matcher key = KEY_IN_STORED_JSON.matcher(storedJson);
        while (key.find()) {
            keyIds.add(key.group(1));
        }
    }

    static boolean isSealed(JsonNode node) {
        return node.isObject() && node.size() == 1 && node.path(FIELD).isObject();
    }

    static SealedValue of(JsonNode node) {
        JsonNode sealed = node.get(FIELD);
        return new SealedValue(sealed.path("key").asText(), sealed.path("list").asBoolean(),
                Base64.getDecoder().decode(sealed.path("data").asText()));
    }

    /** What a field reads as once its key is erased. */
    JsonNode erased() {
        return list ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.nullNode();
    }
}
