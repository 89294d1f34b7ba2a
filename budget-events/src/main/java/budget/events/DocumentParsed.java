package budget.events;

import budget.model.BudgetKey;
import budget.model.ParsedBudget;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * parse-service read the document into a budget. Key: the budget key id, so all versions of one budget stay
 * ordered in one partition.
 *
 * @param receivedAt when ingest accepted the document
 */
public record DocumentParsed(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("budgetKey") BudgetKey budgetKey,
        @JsonProperty("budget") ParsedBudget budget) implements BudgetEvent {

    public static final String TYPE = "DocumentParsed";

    public static DocumentParsed of(DocumentReceived received, ParsedBudget budget, Instant now) {
        return new DocumentParsed(EventIds.of(received.documentId(), TYPE), TYPE, SCHEMA_VERSION, now,
                received.documentId(), received.filename(), received.occurredAt(), budget.metadata().key(), budget);
    }
}
