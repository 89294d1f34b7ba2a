package budget.model.validation;

/** The verdict on a document: VALID (nothing above INFO), VALID_WITH_WARNINGS, INVALID (any ERROR). */
public enum ValidationStatus {
    VALID,
    VALID_WITH_WARNINGS,
    INVALID
}
