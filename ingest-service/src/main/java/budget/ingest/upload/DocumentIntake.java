package budget.ingest.upload;

import budget.events.DocumentIds;
import budget.events.DocumentReceived;
import budget.events.StoredOriginal;
import budget.parser.BudgetDocuments;
import budget.parser.pdf.GuardedPdf;
import budget.parser.pdf.PdfLimits;
import budget.parser.pdf.PdfRefusal;
import budget.support.EventPublisher;
import budget.text.DecodedText;
import budget.text.TextDecoding;
import budget.text.UnreadableText;
import budget.support.PipelineTopics;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every file of a request, then stores each new one (GridFS, once) and publishes its received event, a
 * claim check naming the stored bytes. All files are checked before any is stored or published, so a request
 * with one bad file publishes nothing and the uploader can fix and resend it whole. A PDF (by its bytes) is
 * accepted whatever it holds, its pages counted when it opens within the limits: whether it can be read is the
 * parse stage's to say, in a failed event with the specific reason. A document is only reported accepted after
 * the broker acknowledged it; the events of one request are sent together and then awaited.
 */
@Service
class DocumentIntake {

    private final EventPublisher publisher;
    private final PipelineTopics topics;
    private final UploadRegistry registry;
    private final OriginalArchive archive;
    private final PdfLimits pdfLimits;
    private final String statusBaseUrl;
    private final long maxBytes;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DistributionSummary uploadBytes;

    DocumentIntake(EventPublisher publisher, PipelineTopics topics, UploadRegistry registry, OriginalArchive archive,
                   PdfLimits pdfLimits, @Value("${budget.ingest.status-base-url}") String statusBaseUrl,
                   @Value("${budget.ingest.max-document-bytes}") long maxBytes, MeterRegistry meters) {
        this.publisher = publisher;
        this.topics = topics;
        this.registry = registry;
        this.archive = archive;
        this.pdfLimits = pdfLimits;
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
                    "no document in the request: send multipart part 'file' or 'files', or a text or PDF body with ?filename=");
        }
        List<Checked> checked = files.stream().map(this::check).toList();
        Set<String> known = registry.known(checked.stream().map(Checked::documentId).toList());
        List<UploadReceipt> receipts = new ArrayList<>();
        List<Checked> fresh = new ArrayList<>();
        Set<String> inThisRequest = new HashSet<>();
        for (Checked file : checked) {
            boolean duplicate = !inThisRequest.add(file.documentId()) || known.contains(file.documentId());
            if (!duplicate) {
                fresh.add(file);
            }
            receipts.add(new UploadReceipt(file.documentId(), file.filename(), statusBaseUrl + file.documentId(),
                    duplicate, file.mediaType(), file.encoding(), file.sizeBytes(), file.pageCount()));
        }
        // every original of the request stored (together) before any of their events is sent
        store(fresh);
        List<Publishing> publishing = new ArrayList<>();
        for (Checked file : fresh) {
            publishing.add(publish(file));
        }
        // the request's events are in flight together; the documents the broker has are recorded together, those
        // before one it refused too (the refusal fails the request, and a resend finds them duplicates)
        List<UploadRegistry.Accepted> acknowledged = new ArrayList<>();
        try {
            for (Publishing published : publishing) {
                acknowledged.add(published.acknowledged());
            }
        } catch (RuntimeException refused) {
            try {
                registry.record(acknowledged);
            } catch (RuntimeException notRecorded) {
                refused.addSuppressed(notRecorded);
            }
            throw refused;
        }
        registry.record(acknowledged);
        return receipts;
    }

    private Checked check(UploadedFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length > maxBytes) {
            throw UploadRejected.tooLarge(file.filename(), "the file is " + bytes.length
                    + " bytes; the limit is " + maxBytes + " bytes");
        }
        String documentId = DocumentIds.of(bytes);
        if (BudgetDocuments.isPdf(bytes)) {
            return new Checked(documentId, file.filename(), bytes, DocumentReceived.PDF, null, pageCount(bytes));
        }
        DecodedText text;
        try {
            text = TextDecoding.decode(bytes);
        } catch (UnreadableText e) {
            throw e.kind() == UnreadableText.Kind.BINARY ? UploadRejected.unsupported(file.filename(), e.getMessage())
                    : UploadRejected.unprocessable(file.filename(), e.getMessage());
        }
        return new Checked(documentId, file.filename(), bytes, DocumentReceived.TEXT, text.encoding(), null);
    }

    /** The pages, counted on a memory-limited cache without reading any page; null when the PDF does not open. */
    private Integer pageCount(byte[] pdf) {
        try (GuardedPdf opened = GuardedPdf.open(pdf, pdfLimits)) {
            return opened.pageCount();
        } catch (PdfRefusal refusal) {
            return null;
        }
    }

    /** A document stored and its received event sent; recorded as accepted once the broker acknowledged it. */
    private final class Publishing {
        private final Checked file;
        private final EventPublisher.Sent sent;
        private final java.time.Instant at;

        Publishing(Checked file, EventPublisher.Sent sent, java.time.Instant at) {
            this.file = file;
            this.sent = sent;
            this.at = at;
        }

        /** Waits for the broker; the document as the registry records it once the broker has it. */
        UploadRegistry.Accepted acknowledged() {
            try {
                sent.await();
            } catch (RuntimeException e) {
                throw new PublishFailed(file.filename(), "the document could not be handed to Kafka", e);
            }
            uploadBytes.record(file.sizeBytes());
            meters.counter("budget.documents", "stage", "received").increment();
            return new UploadRegistry.Accepted(file.documentId(), file.filename(), file.mediaType(), file.encoding(),
                    file.sizeBytes(), at);
        }
    }

    private void store(List<Checked> files) {
        if (files.isEmpty()) {
            return;
        }
        List<OriginalArchive.Original> originals = new ArrayList<>();
        for (Checked file : files) {
            Document metadata = new Document("mediaType", file.mediaType());
            if (file.encoding() != null) {
                metadata.append("encoding", file.encoding());
            }
            if (file.pageCount() != null) {
                metadata.append("pageCount", file.pageCount());
            }
            originals.add(new OriginalArchive.Original(file.documentId(), file.filename(), file.bytes(), metadata));
        }
        try {
            archive.storeAll(originals);
        } catch (RuntimeException e) {
            throw new PublishFailed(files.size() == 1 ? files.get(0).filename() : null, (files.size() == 1
                    ? "the document" : "the request's " + files.size() + " documents") + " could not be stored", e);
        }
    }

    private Publishing publish(Checked file) {
        var now = clock.instant();
        StoredOriginal original = StoredOriginal.of(file.documentId());
        DocumentReceived event = DocumentReceived.PDF.equals(file.mediaType())
                ? DocumentReceived.pdf(file.documentId(), file.filename(), file.sizeBytes(), file.pageCount(), original, now)
                : DocumentReceived.text(file.documentId(), file.filename(), file.encoding(), file.sizeBytes(), original, now);
        try {
            return new Publishing(file, publisher.send(topics.received(), event, file.documentId()), now);
        } catch (RuntimeException e) {
            throw new PublishFailed(file.filename(), "the document could not be handed to Kafka", e);
        }
    }

    private record Checked(String documentId, String filename, byte[] bytes, String mediaType, String encoding,
                           Integer pageCount) {
        long sizeBytes() {
            return bytes.length;
        }
    }

    /** The store or the broker did not take the document: nothing was accepted, the uploader should retry. */
    static final class PublishFailed extends RuntimeException {
        private final String filename;

        PublishFailed(String filename, String what, Throwable cause) {
            super(what + (cause == null ? "" : ": " + cause.getMessage()), cause);
            this.filename = filename;
        }

        String filename() {
            return filename;
        }
    }
}
