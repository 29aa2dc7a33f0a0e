package app.touchbase.ui.importing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives one file of at most {@code maxBytes}, checked on the server while reading: a larger body is refused after
 * reading one byte past the limit, however large it claims or turns out to be, so memory holds one file at most.
 */
final class SizeLimitedUpload implements UploadHandler {

    /** Room for the multipart headers around the file. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    private final int maxBytes;
    private final String tooLarge;
    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> refused;
    private final ThreadLocal<Boolean> refusedThisRequest = ThreadLocal.withInitial(() -> false);

    /** {@code received} and {@code refused} run in the UI's lock, after the body was read. */
    SizeLimitedUpload(int maxBytes, String tooLarge, BiConsumer<String, byte[]> received, Consumer<String> refused) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        byte[] content = event.getFileSize() > maxBytes ? null : readAtMostLimit(event);
        if (content == null) {
            refusedThisRequest.set(true);
            ui.access(() -> refused.accept(tooLarge));
            return;
        }
        String fileName = event.getFileName();
        ui.access(() -> received.accept(fileName, content));
    }

    /** Answers null when the body goes past the limit. */
    private byte[] readAtMostLimit(UploadEvent event) throws IOException {
        try (InputStream body = event.getInputStream()) {
            byte[] content = body.readNBytes(maxBytes + 1);
            return content.length > maxBytes ? null : content;
        }
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        boolean refusedHere = refusedThisRequest.get();
        refusedThisRequest.remove();
        if (!refusedHere) {
            UploadHandler.super.responseHandled(success, response);
            return;
        }
        response.setStatus(413);
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getOutputStream().write(tooLarge.getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // the client stopped listening; the status says enough
        }
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_OVERHEAD;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
