package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** One version of a budget: the document it was read from, its verdict and the budget itself. */
public record BudgetVersion(
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("validatedAt") Instant validatedAt,
        @JsonProperty("status") ValidationStatus status,
        @JsonProperty("report") ValidationReport report,
        @JsonProperty("budget") ParsedBudget budget) {

    static BudgetVersion of(DocumentValidated event) {
        return new BudgetVersion(event.documentId(), event.filename(), event.receivedAt(), event.occurredAt(),
                event.report().status(), event.report(), event.budget());
    }

    /** Later uploads supersede earlier ones; the document id breaks ties so the order is total. */
    boolean newerThan(BudgetVersion other) {
        int byTime = receivedAt.compareTo(other.receivedAt);
        return byTime != 0 ? byTime > 0 : documentId.compareTo(other.documentId) > 0;
    }
}
