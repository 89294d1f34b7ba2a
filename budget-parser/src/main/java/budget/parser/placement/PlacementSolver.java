package budget.parser.placement;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies every constraint until none rules anything out any more. Each constraint only removes placements that
 * contradict a fact; a fact contradicted by every placement (a genuine arithmetic error in the document) removes
 * nothing. A slot left with one option was placed by the identities; one left with several stays ambiguous.
 */
public final class PlacementSolver {

    /** Each round removes at least one option, so this bound is never reached on real tables. */
    private static final int MAX_ROUNDS = 64;

    /**
     * Rows times combinations one document may try in all: a dozen parents with a dozen unplaced children each,
     * far below a slow parse.
     */
    private static final long WORK_PER_DOCUMENT = 3_000_000;

    private final List<Constraint> constraints = new ArrayList<>();

    public void add(Constraint constraint) {
        constraints.add(constraint);
    }

    public void solve() {
        WorkBudget work = new WorkBudget(WORK_PER_DOCUMENT);
        boolean changed = true;
        for (int round = 0; changed && round < MAX_ROUNDS; round++) {
            changed = false;
            for (Constraint constraint : constraints) {
                changed |= constraint.apply(work);
            }
        }
    }
}
