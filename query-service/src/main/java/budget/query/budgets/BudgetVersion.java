package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.events.published.PublishedBudget;
import budget.model.YearOnYear;
import budget.model.validation.ValidationReport;
import budget.model.validation.ValidationStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * One version of a budget: the document it was read from, its verdict, the budget itself and, when the previous
 * year's budget of the same department and kind was known, the change against it.
 */
public record BudgetVersion(
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("validatedAt") Instant validatedAt,
        @JsonProperty("status") ValidationStatus status,
        @JsonProperty("report") ValidationReport report,
        @JsonProperty("budget") PublishedBudget budget,
        @JsonProperty("yearOnYear") @JsonInclude(JsonInclude.Include.NON_NULL) YearOnYear yearOnYear) {

    static BudgetVersion of(DocumentValidated event) {
        return new BudgetVersion(event.documentId(), event.filename(), event.receivedAt(), event.occurredAt(),
                event.report().status(), event.report(), event.budget(), event.yearOnYear());
    }

    /** Whether the other version of the same document says the same: the same report and the same comparison. */
    boolean sameVerdict(BudgetVersion other) {
        return java.util.Objects.equals(report, other.report) && java.util.Objects.equals(yearOnYear, other.yearOnYear);
    }

    /** Later uploads supersede earlier ones; the document id breaks ties so the order is total. */
    boolean newerThan(BudgetVersion other) {
        int byTime = receivedAt.compareTo(other.receivedAt);
        return byTime != 0 ? byTime > 0 : documentId.compareTo(other.documentId) > 0;
    }
}
