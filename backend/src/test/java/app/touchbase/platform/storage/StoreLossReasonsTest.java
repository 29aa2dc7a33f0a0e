package app.touchbase.platform.storage;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The one line a lost store leaves says what ran out, and what to do about it. */
class StoreLossReasonsTest {

    @Test
    void aFullDiskAsksForSpace() {
        String reason = DurableH2Backend.reason(new IllegalStateException("write failed",
                new UncheckedIOException(new IOException("No space left on device"))));

        assertThat(reason).isEqualTo("the disk is full");
        assertThat(StopWhenStorageIsLost.advice(reason)).isEqualTo("Free some space and start it again.");
    }

    @Test
    void aFullHeapAsksForMemoryNotForSpace() {
        // H2 wraps what failed while it wrote a page, e.g. "Capacity: 3145728" from a buffer it could not grow
        String reason = DurableH2Backend.reason(new IllegalStateException("storeNow failed",
                new IllegalStateException("serializeAndStore", new OutOfMemoryError("Java heap space"))));

        assertThat(reason).isEqualTo("Java ran out of memory");
        assertThat(StopWhenStorageIsLost.advice(reason)).contains("-Xmx").doesNotContain("space");
    }

    @Test
    void anyOtherFailureIsNamed() {
        String reason = DurableH2Backend.reason(new IllegalStateException("File corrupted in chunk 12"));

        assertThat(reason).isEqualTo("writing failed (File corrupted in chunk 12)");
        assertThat(StopWhenStorageIsLost.advice(reason)).isEqualTo("Check the disk it is on and start it again.");
    }
}
