package budget.pipeline;

import budget.cli.up.LocalStack;
import budget.events.EventJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Uploads a batch as clients behind a load balancer would, to a stack that is being hurt: requests of a few
 * documents, several at once, in turn to each ingest instance; a failed request (refused, reset, 503) is sent
 * again to the next one (the same one, when there is one) until {@code retryFor} has passed. The requests
 * after the first {@code holdAfter} wait for {@link #resume} so the fault lands mid-batch with uploads still to
 * go. Batches go one after the other: the second versions after every first version is accepted.
 */
final class Uploader {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final List<LocalStack.Instance> ingest;
    private final int perRequest;
    private final int concurrent;
    private final int holdAfter;
    private final Duration retryFor;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger();
    /** The requests after the first {@code holdAfter} wait here until the fault is due, so it lands mid-batch. */
    final CountDownLatch resume = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();

    Uploader(List<LocalStack.Instance> ingest, int perRequest, int concurrent, int holdAfter, Duration retryFor) {
        this.ingest = ingest;
        this.perRequest = perRequest;
        this.concurrent = concurrent;
        this.holdAfter = holdAfter;
        this.retryFor = retryFor;
    }

    @SafeVarargs
    final void upload(Map<String, byte[]>... batches) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        try {
            int index = 0;
            for (Map<String, byte[]> batch : batches) {
                List<Map.Entry<String, byte[]>> all = new ArrayList<>(batch.entrySet());
                List<Future<?>> sent = new ArrayList<>();
                for (int from = 0; from < all.size(); from += perRequest, index++) {
                    Map<String, byte[]> chunk = new LinkedHashMap<>();
                    all.subList(from, Math.min(all.size(), from + perRequest)).forEach(e -> chunk.put(e.getKey(), e.getValue()));
                    boolean hold = index >= holdAfter;
                    sent.add(pool.submit(() -> {
                        if (hold) {
                            await(resume);
                        }
                        send(chunk);
                    }));
                }
                for (Future<?> request : sent) {
                    request.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("uploads failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(Map<String, byte[]> chunk) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        do {
            // like a load balancer before its health check notices: a dead instance is tried, and fails
            LocalStack.Instance target = ingest.get(Math.floorMod(next.getAndIncrement(), ingest.size()));
            inFlight.incrementAndGet();
            try {
                HttpResponse<String> response = Uploads.multipart(URI.create("http://localhost:" + target.port()), chunk);
                if (response.statusCode() == 202) {
                    for (JsonNode receipt : EventJson.mapper().readTree(response.body()).path("documents")) {
                        ids.add(receipt.path("documentId").asString());
                        if (receipt.path("duplicate").asBoolean()) {
                            duplicates.incrementAndGet();
                        }
                    }
                    requests.incrementAndGet();
                    documents.addAndGet(chunk.size());
                    return;
                }
            } catch (IOException e) {
                // the instance died under the request, or is not back yet: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
            retries.incrementAndGet();
            pause();
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("no ingest instance took " + chunk.keySet() + " within " + retryFor.toSeconds() + " s");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every request before the hold is answered and the rest wait for the fault. */
    boolean holding() {
        return requests.get() >= holdAfter && resume.getCount() > 0;
    }

    int inFlight() {
        return inFlight.get();
    }

    int requests() {
        return requests.get();
    }

    /** Requests sent again after a failure. */
    int retries() {
        return retries.get();
    }

    int documents() {
        return documents.get();
    }

    /**
     * Documents a retried request found already taken (the instance recorded them, then died before it
     * answered): accepted once, so never a second copy.
     */
    int duplicates() {
        return duplicates.get();
    }

    Set<String> ids() {
        return ids;
    }
}
