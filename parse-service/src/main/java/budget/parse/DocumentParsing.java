package budget.parse;

import budget.events.DocumentFailed;
import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.model.BudgetMetadata;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import budget.parser.pdf.PdfLimits;
import budget.support.DocumentFailures;
import budget.support.EventPublisher;
import budget.support.Originals;
import budget.support.PipelineTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Semaphore;

/**
 * One received document in, one parsed event out. The event is a claim check: the bytes are fetched from GridFS
 * and read by {@link BudgetDocuments} (a PDF by its pages, a text as it is). What the document itself makes
 * unreadable (a PDF encrypted, damaged, too big, scanned ..., a text that is no budget) is a failed event naming
 * the stage PARSE and the specific reason, {@code CODE: what was found}. The reader never throws for a bad
 * document, so an exception here is an infrastructure fault (a malformed event, the store or the broker down, an
 * original missing from or damaged in the store) and is left to the binder's retries and dead letter.
 */
@Component
class DocumentParsing {

    private static final Logger log = LoggerFactory.getLogger(DocumentParsing.class);

    /** The failure codes of this stage besides the reader's ({@code PDF_*}, {@code TEXT_UNREADABLE}). */
    static final String NOT_A_BUDGET = "NOT_A_BUDGET";
    static final String NO_ORIGINAL = "NO_ORIGINAL";

    private final BudgetDocuments documents;
    private final PdfLimits limits;
    private final Originals originals;
    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final MeterRegistry meters;
    private final DocumentFailures failures;
    private final Timer parseTime;
    private final Semaphore pdfReads;
    private final Clock clock = Clock.systemUTC();

    DocumentParsing(BudgetDocuments documents, PdfLimits limits, Originals originals, EventPublisher publisher,
                    PipelineTopics topics, MeterRegistry meters, DocumentFailures failures,
                    @Value("${budget.parse.pdf.concurrent-reads:1}") int concurrentPdfReads) {
        this.documents = documents;
        this.limits = limits;
        this.originals = originals;
        this.publisher = publisher;
        this.topics = topics;
        this.meters = meters;
        this.failures = failures;
        this.pdfReads = new Semaphore(Math.max(1, concurrentPdfReads));
        this.parseTime = Timer.builder("budget.stage.duration").tag("stage", "parse")
                .description("time to parse one document").register(meters);
    }

    /** Parses one received document and publishes the parsed budget, or the failure. */
    void accept(Message<byte[]> message) {
        byte[] payload = message.getPayload();
        DocumentReceived received = EventJson.read(payload, DocumentReceived.class);
        MDC.put("documentId", received.documentId());
        try {
            byte[] bytes = received.schemaVersion() < DocumentReceived.SCHEMA_VERSION ? legacyText(received, payload)
                    : original(received);
            if (bytes == null) {
                return;
            }
            ParseOutcome outcome = parseTime.record(() -> read(bytes));
            if (outcome instanceof ParseOutcome.Unreadable unreadable) {
                fail(received, unreadable.code(), unreadable.reason());
            } else if (outcome instanceof ParseOutcome.NotABudget notABudget) {
                fail(received, NOT_A_BUDGET, "not a budget document: " + notABudget.reason());
            } else if (!identified(((ParseOutcome.Parsed) outcome).budget().metadata())) {
                fail(received, NOT_A_BUDGET, "not a budget document: the title block names no department or no year");
            } else {
                DocumentParsed event = DocumentParsed.of(received, ((ParseOutcome.Parsed) outcome).budget(),
                        clock.instant());
                meters.counter("budget.documents", "stage", "parsed").increment();
                publisher.publish(topics.parsed(), event, event.budgetKey().id());
                log.info("parsed {} as {}", received.filename(), event.budgetKey().id());
            }
        } finally {
            MDC.remove("documentId");
        }
    }

    /**
     * The stored bytes the claim check names; null when the stage failed the document instead (an event naming no
     * original, a stored file over the size limit: nothing a retry would change).
     *
     * @throws Originals.Unavailable when the file is missing or damaged: retried, then dead-lettered
     */
    private byte[] original(DocumentReceived received) {
        StoredOriginal ref = received.original();
        if (ref == null || !StoredOriginal.GRIDFS.equals(ref.store()) || !Originals.BUCKET.equals(ref.bucket())
                || ref.fileId() == null) {
            fail(received, NO_ORIGINAL, "the received event names no original this stage can read: " + ref);
            return null;
        }
        if (received.sizeBytes() > limits.maxBytes()) {
            String code = DocumentReceived.PDF.equals(received.mediaType()) ? "PDF_TOO_LARGE" : "TEXT_TOO_LARGE";
            fail(received, code, "the stored file has " + received.sizeBytes() + " bytes, more than the limit of "
                    + limits.maxBytes());
            return null;
        }
        // the event says the file's size, so its chunks are read without looking the file up; a size that is not
        // the stored file's fails the SHA-256 check like any damage
        return originals.read(ref.fileId(), received.sizeBytes());
    }

    /** A version-1 event (say, replayed from a dead-letter topic) still carries the text itself. */
    private byte[] legacyText(DocumentReceived received, byte[] payload) {
        JsonNode text = EventJson.mapper().readTree(payload).path("text");
        if (!text.isString()) {
            fail(received, NO_ORIGINAL, "a version-" + received.schemaVersion() + " received event carries no text");
            return null;
        }
        return text.asString().getBytes(StandardCharsets.UTF_8);
    }

    /** One PDF at a time per instance (configurable): each may decode up to the memory limit. */
    private ParseOutcome read(byte[] bytes) {
        if (!BudgetDocuments.isPdf(bytes)) {
            return documents.read(bytes);
        }
        pdfReads.acquireUninterruptibly();
        try {
            return documents.read(bytes);
        } finally {
            pdfReads.release();
        }
    }

    private static boolean identified(BudgetMetadata metadata) {
        return metadata != null && metadata.departmentKey() != null && !metadata.departmentKey().isBlank()
                && metadata.kind() != null && metadata.year() > 0;
    }

    private void fail(DocumentReceived received, String code, String reason) {
        failures.fail(received.documentId(), received.filename(), DocumentFailed.Stage.PARSE, code, reason);
    }
}
