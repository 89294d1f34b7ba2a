package budget.query.documents;

import budget.model.BudgetKey;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * What a document's status needs from a received, parsed or failed event. Read with {@code EventJson}, which
 * skips the rest unread: the document text and the parsed budget are never materialised here.
 */
record StageEvent(
        @JsonProperty("eventType") String eventType,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("originalEncoding") String originalEncoding,
        @JsonProperty("sizeBytes") Long sizeBytes,
        @JsonProperty("budgetKey") BudgetKey budgetKey,
        @JsonProperty("budget") Diagnostics budget,
        @JsonProperty("stage") String stage,
        @JsonProperty("reason") String reason) {

    /** Of a parsed budget, only how many diagnostics it has. */
    record Diagnostics(@JsonProperty("diagnostics") List<Object> diagnostics) {

        int count() {
            return diagnostics == null ? 0 : diagnostics.size();
        }
    }
}
