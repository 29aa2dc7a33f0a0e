package app.touchbase.contact.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

public record DirectionTallies(List<DirectionTally> tallies) {

    public DirectionTallies {
        tallies = List.copyOf(tallies);
    }

    public Map<UUID, DirectionTally> byContact() {
        return tallies.stream().collect(Collectors.toMap(DirectionTally::contactId, Function.identity()));
    }

    public DirectionTally total() {
        return new DirectionTally(null, tallies.stream().mapToInt(DirectionTally::gave).sum(),
                tallies.stream().mapToInt(DirectionTally::asked).sum(), tallies.stream().mapToInt(DirectionTally::neutral).sum());
    }
}
