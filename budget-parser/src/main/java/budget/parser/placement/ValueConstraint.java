package budget.parser.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One column of a row must equal a value known from elsewhere: another table with the same code, table 1's
 * items for table 2's totals, the narrative's 三公 figures for table 9. The value may become known only as other
 * rows are placed, so it is asked for each time; a value no option matches tells nothing and is ignored.
 */
public final class ValueConstraint implements Constraint {

    private final Slot slot;
    private final int column;
    private final Supplier<BigDecimal> expected;

    public ValueConstraint(Slot slot, int column, Supplier<BigDecimal> expected) {
        this.slot = slot;
        this.column = column;
        this.expected = expected;
    }

    @Override
    public boolean apply(WorkBudget work) {
        if (slot.determined()) {
            return false;
        }
        BigDecimal value = expected.get();
        if (value == null) {
            return false;
        }
        List<BigDecimal[]> kept = new ArrayList<>();
        for (BigDecimal[] option : slot.options()) {
            if (option[column].compareTo(value) == 0) {
                kept.add(option);
            }
        }
        return slot.narrow(kept);
    }
}
