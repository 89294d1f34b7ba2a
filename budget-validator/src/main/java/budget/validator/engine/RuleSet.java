package budget.validator.engine;

import budget.validator.RuleDescription;

import java.util.List;

/**
 * A family of rules about one feature of a budget (a table's arithmetic, the narrative, ...). Implementations
 * are stateless, so one instance serves every thread.
 */
public interface RuleSet {

    /** Every rule this family can report, in catalogue order. */
    List<RuleDescription> rules();

    /** Checks the budget and reports into {@code findings}; marks each rule it could evaluate as checked. */
    void check(BudgetView budget, Findings findings);
}
