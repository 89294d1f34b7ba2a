package budget.query.budgets;

import java.util.List;

/**
 * A collection derived from the current versions of budget records (lines, findings, the department
 * catalog). The store rewrites every view before it writes the record itself, so a crash in between leaves
 * the views ahead of the record and the redelivered event completes both; views are written idempotently.
 */
public interface CurrentVersionView {

    /**
     * Makes the view reflect {@code next}'s current version.
     *
     * @param previous records whose current version this view may still reflect (the stored record, and
     *                 what an earlier attempt of the same write wrote); their entries not in {@code next} go
     */
    void write(List<BudgetRecord> previous, BudgetRecord next);
}
