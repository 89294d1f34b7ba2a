package budget.ingest.upload;

import budget.events.DocumentIds;
import budget.events.DocumentReceived;
import budget.support.EventPublisher;
import budget.text.DecodedText;
import budget.text.TextDecoding;
import budget.text.UnreadableText;
import budget.support.PipelineTopics;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every file of a request, then publishes each new one to the received topic. All files are checked
 * before any is published, so a request with one bad file publishes nothing and the uploader can fix and
 * resend it whole. A document is only reported accepted after the broker acknowledged it.
 */
@Service
class DocumentIntake {

    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final UploadRegistry registry;
    private final String statusBaseUrl;
    private final long maxBytes;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary uploadBytes;

    DocumentIntake(EventPublisher publisher, PipelineTopics topics, UploadRegistry registry,
                   @Value("${budget.ingest.status-base-url}") String statusBaseUrl,
                   @Value("${budget.ingest.max-document-bytes}") long maxBytes, MeterRegistry meters) {
        this.publisher = publisher;
        this.topics = topics;
        this.registry = registry;
        this.statusBaseUrl = statusBaseUrl.endsWith("/") ? statusBaseUrl : statusBaseUrl + "/";
        this.maxBytes = maxBytes;
        this.clock = Clock.systemUTC();
        this.meters = meters;
        this.uploadBytes = DistributionSummary.builder("budget.upload.bytes").baseUnit("bytes")
                .description("size of each accepted document").register(meters);
    }

    List<UploadReceipt> accept(List<UploadedFile> files) {
        if (files.isEmpty()) {
            throw UploadRejected.badRequest(null,
                    "no document in the request: send multipart part 'file' or 'files', or a text body with ?filename=");
        }
        List<Checked> checked = files.stream().map(this::check).toList();
        List<UploadReceipt> receipts = new ArrayList<>();
        Set<String> inThisRequest = new HashSet<>();
        for (Checked file : checked) {
            boolean duplicate = !inThisRequest.add(file.documentId()) || registry.known(file.documentId());
            if (!duplicate) {
                publish(file);
            }
            receipts.add(new UploadReceipt(file.documentId(), file.filename(), statusBaseUrl + file.documentId(),
                    duplicate, file.text().encoding(), file.sizeBytes()));
        }
        return receipts;
    }

    private Checked check(UploadedFile file) {
        if (file.bytes().length > maxBytes) {
            throw UploadRejected.tooLarge(file.filename(), "the file is " + file.bytes().length
                    + " bytes; the limit is " + maxBytes + " bytes");
        }
        DecodedText text;
        try {
            text = TextDecoding.decode(file.bytes());
        } catch (UnreadableText e) {
            throw e.kind() == UnreadableText.Kind.BINARY ? UploadRejected.unsupported(file.filename(), e.getMessage())
                    : UploadRejected.unprocessable(file.filename(), e.getMessage());
        }
        return new Checked(DocumentIds.of(file.bytes()), file.filename(), file.bytes().length, text);
    }

    private void publish(Checked file) {
        var now = clock.instant();
        DocumentReceived event = DocumentReceived.of(file.documentId(), file.filename(), file.text().encoding(),
                file.sizeBytes(), file.text().text(), now);
        try {
            publisher.publish(topics.received(), event, file.documentId());
        } catch (RuntimeException e) {
            throw new PublishFailed(file.filename(), e);
        }
        registry.record(file.documentId(), file.filename(), file.text().encoding(), file.sizeBytes(), now);
        uploadBytes.record(file.sizeBytes());
        meters.counter("budget.documents", "stage", "received").increment();
    }

    private record Checked(String documentId, String filename, long sizeBytes, DecodedText text) {
    }

    /** The broker did not take the document: nothing was accepted, the uploader should retry. */
    static final class PublishFailed extends RuntimeException {
        private final String filename;

        PublishFailed(String filename, Throwable cause) {
            super("the document could not be handed to Kafka" + (cause == null ? "" : ": " + cause.getMessage()), cause);
            this.filename = filename;
        }

        String filename() {
            return filename;
        }
    }
}
