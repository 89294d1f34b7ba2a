package budget.parser.placement;

/** How many more combinations the constraints of one document may try. */
public final class WorkBudget {

    private long left;

    public WorkBudget(long left) {
        this.left = left;
    }

    /** Takes the given amount of work if that much is left; false (and nothing taken) otherwise. */
    public boolean spend(long amount) {
        if (amount > left) {
            return false;
        }
        left -= amount;
        return true;
    }
}
