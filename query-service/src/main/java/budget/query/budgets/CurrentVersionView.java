package budget.query.budgets;

import java.util.List;

/**
 * A collection derived from the current versions of budget records (lines, findings, the department
 * catalog). The store rewrites every view before it writes the records themselves, so a crash in between leaves
 * the views ahead of the records and the redelivered events complete both; views are written idempotently.
 */
public interface CurrentVersionView {

    /**
     * A record about to be written, with the records whose current version this view may still reflect (the
     * stored record, and what an earlier attempt of the same write wrote); their entries not in {@code next} go.
     */
    record Change(List<BudgetRecord> previous, BudgetRecord next) {
    }

    /**
     * Makes the view reflect each change's next current version, with as few writes as the view can (the budgets
     * new in one poll are written together); no two changes are of the same budget.
     */
    void write(List<Change> changes);
}
