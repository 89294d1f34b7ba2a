package budget.model.validation;

/** How much a finding matters: ERROR breaks the budget's arithmetic, WARNING a softer rule, INFO a note. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
