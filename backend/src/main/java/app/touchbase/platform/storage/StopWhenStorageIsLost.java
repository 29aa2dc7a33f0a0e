package app.touchbase.platform.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The embedded store does not reopen after a failed write, so once it is lost Touchbase refuses every command
 * ("Storage is full; nothing new is saved."), says why in one line, and stops cleanly with exit status 75 (try again
 * later). A supervisor (systemd, Docker's restart policy) starts it again; the start-up check holds it back with one
 * sentence until the disk has room, and then it goes on from the last acknowledged write.
 */
@Component
class StopWhenStorageIsLost {

    static final int EXIT_STATUS = 75;
    private static final Logger LOG = LoggerFactory.getLogger(StopWhenStorageIsLost.class);

    /** What the person running Touchbase can do about it; the file holds every acknowledged write either way. */
    static String advice(String reason) {
        if (reason.equals(StorageFaults.HEAP_FULL)) {
            return "Start it again with more memory (java -Xmx…).";
        }
        if (reason.startsWith(StorageFaults.DISK_FULL)) {
            return "Free some space and start it again.";
        }
        return "Check the disk it is on and start it again.";
    }

    StopWhenStorageIsLost(StorageFaults faults, StorageProperties properties, ConfigurableApplicationContext context) {
        faults.onStoreLost(reason -> {
            String sentence = "Touchbase stopped: it can't write " + properties.file() + " (" + reason + "); nothing new is saved. "
                    + advice(reason);
            LOG.error(sentence);
            System.err.println(sentence);
            Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(context, () -> EXIT_STATUS)), "storage-lost-stop");
            stopper.start();
        });
    }
}
