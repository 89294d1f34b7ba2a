package budget.query.catalog;

import budget.query.budgets.BudgetTotals;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One budget in a list: identity, verdict, finding counts and headline totals (yuan). */
public record BudgetSummary(
        @JsonProperty("id") String id,
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("departmentPrinted") String departmentPrinted,
        @JsonProperty("kind") String kind,
        @JsonProperty("year") int year,
        @JsonProperty("level") String level,
        @JsonProperty("region") String region,
        @JsonProperty("status") String status,
        @JsonProperty("errors") int errors,
        @JsonProperty("warnings") int warnings,
        @JsonProperty("notes") int notes,
        @JsonProperty("totals") BudgetTotals totals,
        @JsonProperty("documentId") String documentId) {
}
