package app.touchbase.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;

import java.time.Duration;

/**
 * For processors that act on the world (send mail, run imports) rather than fold history: on their very first start
 * they begin a little before now, so they skip what happened long ago (a restored history is not acted on again) and
 * still catch what happened while the application was starting. Later starts go on from their stored token.
 */
public final class NearHeadProcessors {

    public static final Duration FIRST_START_LOOKBACK = Duration.ofMinutes(10);

    private NearHeadProcessors() {
    }

    /** Event timestamps come from Axon's clock, so the starting point is measured on that clock too. */
    public static ConfigurerModule startingNearHead(String processingGroup) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(processingGroup, config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(source -> source.createTokenAt(
                                        GenericEventMessage.clock.instant().minus(FIRST_START_LOOKBACK)))));
    }
}
