package budget.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The validator's verdict on one parsed budget.
 *
 * @param rulesChecked how many rules ran
 */
public record ValidationReport(
        @JsonProperty("status") ValidationStatus status,
        @JsonProperty("errors") int errors,
        @JsonProperty("warnings") int warnings,
        @JsonProperty("notes") int notes,
        @JsonProperty("rulesChecked") int rulesChecked,
        @JsonProperty("findings") List<ValidationFinding> findings) {

    public ValidationReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Counts the findings and derives the status from them. */
    public static ValidationReport of(List<ValidationFinding> findings, int rulesChecked) {
        int errors = count(findings, Severity.ERROR);
        int warnings = count(findings, Severity.WARNING);
        int notes = count(findings, Severity.INFO);
        ValidationStatus status = errors > 0 ? ValidationStatus.INVALID
                : warnings > 0 ? ValidationStatus.VALID_WITH_WARNINGS : ValidationStatus.VALID;
        return new ValidationReport(status, errors, warnings, notes, rulesChecked, findings);
    }

    private static int count(List<ValidationFinding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
