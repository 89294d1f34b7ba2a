package budget.events;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A document could not be processed: which stage gave up and why. Key: the document id.
 *
 * @param stage  the stage that gave up
 * @param reason a specific, human-readable reason naming what was wrong
 */
public record DocumentFailed(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("stage") Stage stage,
        @JsonProperty("reason") String reason) implements BudgetEvent {

    public static final String TYPE = "DocumentFailed";

    /** The pipeline stages, in order. */
    public enum Stage { INGEST, PARSE, VALIDATE, STORE }

    public static DocumentFailed of(String documentId, String filename, Stage stage, String reason, Instant now) {
        return new DocumentFailed(EventIds.of(documentId, TYPE, stage.name()), TYPE, SCHEMA_VERSION, now, documentId,
                filename, stage, reason);
    }
}
