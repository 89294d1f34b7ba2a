package budget.parser.placement;

/** A fact about a table that rules out some placements. */
public interface Constraint {

    /**
     * Narrows the slots it concerns; true when something was ruled out.
     *
     * @param work what is left of the document's budget of combinations to try; a constraint that would try
     *             more does nothing, so a hostile document cannot make placement slow
     */
    boolean apply(WorkBudget work);
}
