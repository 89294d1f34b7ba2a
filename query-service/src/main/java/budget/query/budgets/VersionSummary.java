package budget.query.budgets;

import budget.model.validation.ValidationStatus;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A superseded version as the budget record lists it: which document, when, and its verdict. The version
 * itself, whole, is kept in the budget_versions collection under its document id.
 */
public record VersionSummary(
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("validatedAt") Instant validatedAt,
        @JsonProperty("status") ValidationStatus status,
        @JsonProperty("errors") int errors,
        @JsonProperty("warnings") int warnings,
        @JsonProperty("notes") int notes) {

    static VersionSummary of(BudgetVersion version) {
        var report = version.report();
        return new VersionSummary(version.documentId(), version.filename(), version.receivedAt(),
                version.validatedAt(), version.status(), report.errors(), report.warnings(), report.notes());
    }
}
