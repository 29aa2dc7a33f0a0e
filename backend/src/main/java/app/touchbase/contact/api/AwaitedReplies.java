package app.touchbase.contact.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public record AwaitedReplies(List<AwaitedReply> replies) {

    public AwaitedReplies {
        replies = List.copyOf(replies);
    }

    /** The oldest reply awaited from this contact, if any. */
    public Optional<AwaitedReply> from(UUID contactId) {
        return replies.stream().filter(reply -> reply.contactId().equals(contactId)).findFirst();
    }
}
