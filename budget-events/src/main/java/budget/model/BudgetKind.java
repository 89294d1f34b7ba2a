package budget.model;

/** Whether the document is a department's consolidated budget (部门预算) or one unit's own (单位预算). */
public enum BudgetKind {
    DEPARTMENT,
    UNIT
}
