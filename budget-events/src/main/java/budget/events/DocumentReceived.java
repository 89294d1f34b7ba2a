package budget.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A document was accepted by ingest-service and waits to be parsed. Key: the document id. The event names the
 * stored original (a claim check), not its content: a PDF of 30 MiB never travels through Kafka, and every
 * stage reads the same bytes.
 *
 * @param filename         the uploaded file name, reduced to its last path segment
 * @param mediaType        what the bytes are: {@code application/pdf} (they start with {@code %PDF-}) or
 *                         {@code text/plain}
 * @param originalEncoding the encoding a text was decoded from (UTF-8, GB18030); absent for a PDF
 * @param sizeBytes        the size of the uploaded bytes
 * @param pageCount        a PDF's pages as counted at upload; absent for a text, and for a PDF that could not be
 *                         opened within the limits (the parse stage's failed event then says why)
 * @param original         where the uploaded bytes are stored
 */
public record DocumentReceived(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("mediaType") String mediaType,
        @JsonProperty("originalEncoding") @JsonInclude(JsonInclude.Include.NON_NULL) String originalEncoding,
        @JsonProperty("sizeBytes") long sizeBytes,
        @JsonProperty("pageCount") @JsonInclude(JsonInclude.Include.NON_NULL) Integer pageCount,
        @JsonProperty("original") StoredOriginal original) implements BudgetEvent {

    public static final String TYPE = "DocumentReceived";

    /**
     * This event's schema version, above the other events' ({@link BudgetEvent#SCHEMA_VERSION}): version 1 carried
     * the document's text ({@code text}) and no media type, page count or claim check.
     */
    public static final int SCHEMA_VERSION = 2;

    public static final String PDF = "application/pdf";
    public static final String TEXT = "text/plain";

    /** A text, decoded from {@code originalEncoding}. */
    public static DocumentReceived text(String documentId, String filename, String originalEncoding, long sizeBytes,
                                        StoredOriginal original, Instant now) {
        return new DocumentReceived(EventIds.of(documentId, TYPE), TYPE, SCHEMA_VERSION, now, documentId, filename,
                TEXT, originalEncoding, sizeBytes, null, original);
    }

    /** A PDF, with its pages when they could be counted (else null). */
    public static DocumentReceived pdf(String documentId, String filename, long sizeBytes, Integer pageCount,
                                       StoredOriginal original, Instant now) {
        return new DocumentReceived(EventIds.of(documentId, TYPE), TYPE, SCHEMA_VERSION, now, documentId, filename,
                PDF, null, sizeBytes, pageCount, original);
    }
}
