package budget.support;

import budget.events.DocumentFailed;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * How a stage gives a document its terminal failure: a {@link DocumentFailed} event on the failed topic, keyed by
 * the document, with the stage and the reason {@code CODE: what was found}; counted
 * ({@code budget_documents_total{stage="failed"}}) and logged. Published and acknowledged before the input is
 * committed, like every event (a broker that does not take it fails the input, which is retried).
 */
public class DocumentFailures {

    private static final Logger log = LoggerFactory.getLogger(DocumentFailures.class);

    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    public DocumentFailures(EventPublisher publisher, PipelineTopics topics, MeterRegistry meters) {
        this.publisher = publisher;
        this.topics = topics;
        this.meters = meters;
    }

    public void fail(String documentId, String filename, DocumentFailed.Stage stage, String code, String reason) {
        DocumentFailed failed = DocumentFailed.of(documentId, filename, stage, code + ": " + reason, clock.instant());
        publisher.publish(topics.failed(), failed, documentId);
        meters.counter("budget.documents", "stage", "failed").increment();
        log.info("{} failed at {}: {}: {}", filename, stage, code, reason);
    }
}
