package app.touchbase.platform.storage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** Whether the embedded store has stopped writing for good (its disk or the heap filled up), and who wants to know. */
public final class StorageFaults {

    static final String DISK_FULL = "the disk is full";
    static final String HEAP_FULL = "Java ran out of memory";

    private final AtomicReference<String> lost = new AtomicReference<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public boolean storeLost() {
        return lost.get() != null;
    }

    public void onStoreLost(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Tells the listeners once, with the reason in a few words ({@value #DISK_FULL}). */
    void storeLost(String reason) {
        if (lost.compareAndSet(null, reason)) {
            listeners.forEach(listener -> listener.accept(reason));
        }
    }
}
