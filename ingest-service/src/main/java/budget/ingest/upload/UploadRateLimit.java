package budget.ingest.upload;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most budget.ingest.max-uploads-per-minute upload requests per client address per minute (fixed
 * one-minute windows): a runaway script cannot flood the pipeline.
 */
@Component
class UploadRateLimit {

    private final int perMinute;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    UploadRateLimit(@Value("${budget.ingest.max-uploads-per-minute}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** @throws UploadRejected (429) when the client has used its requests for this minute */
    void acquire(String client) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(client, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
        if (window.count() > perMinute) {
            throw UploadRejected.tooMany("more than " + perMinute + " upload requests in one minute from " + client
                    + "; wait for the next minute");
        }
    }

    private record Window(long minute, int count) {
    }
}
