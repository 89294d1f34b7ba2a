package budget.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A document was accepted by ingest-service and waits to be parsed. Key: the document id.
 *
 * @param filename         the uploaded file name, reduced to its last path segment
 * @param originalEncoding the encoding the bytes were decoded from (UTF-8, GB18030)
 * @param sizeBytes        the size of the uploaded bytes
 * @param text             the document text, converted to UTF-8
 */
public record DocumentReceived(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("originalEncoding") String originalEncoding,
        @JsonProperty("sizeBytes") long sizeBytes,
        @JsonProperty("text") String text) implements BudgetEvent {

    public static final String TYPE = "DocumentReceived";

    public static DocumentReceived of(String documentId, String filename, String originalEncoding, long sizeBytes,
                                      String text, Instant now) {
        return new DocumentReceived(EventIds.of(documentId, TYPE), TYPE, SCHEMA_VERSION, now, documentId, filename,
                originalEncoding, sizeBytes, text);
    }
}
