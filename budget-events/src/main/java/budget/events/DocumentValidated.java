package budget.events;

import budget.model.BudgetKey;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * validate-service checked the budget: the verdict, every finding, and the budget itself. This is the event
 * outside systems subscribe to. Key: the budget key id.
 *
 * @param receivedAt when ingest accepted the document
 * @param parsedAt   when parse-service read it
 */
public record DocumentValidated(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("parsedAt") Instant parsedAt,
        @JsonProperty("budgetKey") BudgetKey budgetKey,
        @JsonProperty("report") ValidationReport report,
        @JsonProperty("budget") ParsedBudget budget) implements BudgetEvent {

    public static final String TYPE = "DocumentValidated";

    public static DocumentValidated of(DocumentParsed parsed, ValidationReport report, Instant now) {
        return new DocumentValidated(EventIds.of(parsed.documentId(), TYPE), TYPE, SCHEMA_VERSION, now,
                parsed.documentId(), parsed.filename(), parsed.receivedAt(), parsed.occurredAt(), parsed.budgetKey(),
                report, parsed.budget());
    }
}
