package app.touchbase.followup.api;

import java.util.List;

public record OpenFollowUps(List<FollowUp> followUps) {

    public OpenFollowUps {
        followUps = List.copyOf(followUps);
    }
}
