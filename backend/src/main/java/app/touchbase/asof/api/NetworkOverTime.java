package app.touchbase.asof.api;

import java.util.List;

/** The network day by day, oldest first, one entry for every day asked about. */
public record NetworkOverTime(List<NetworkDay> days) {

    public NetworkOverTime {
        days = List.copyOf(days);
    }
}
