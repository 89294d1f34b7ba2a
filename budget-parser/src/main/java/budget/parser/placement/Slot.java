package budget.parser.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The amounts of one row while their columns are being decided: every placement still possible, each an array
 * of one value per column. A row read from a delimited grid has exactly one option from the start; a row whose
 * blank cells vanished has one option per way its numbers could sit, and the {@link PlacementSolver} removes the
 * ways the table's identities rule out.
 */
public final class Slot {

    private final String label;
    private List<BigDecimal[]> options;
    private final boolean inferred;

    private Slot(String label, List<BigDecimal[]> options, boolean inferred) {
        this.label = label;
        this.options = options;
        this.inferred = inferred;
    }

    /** A row whose every value has a known column. */
    public static Slot placed(String label, BigDecimal[] values) {
        List<BigDecimal[]> only = new ArrayList<>(1);
        only.add(values);
        return new Slot(label, only, false);
    }

    /** A row whose values (in printed order) may sit in any of the given placements. */
    public static Slot unplaced(String label, List<BigDecimal[]> options) {
        return new Slot(label, new ArrayList<>(options), true);
    }

    public String label() {
        return label;
    }

    public boolean determined() {
        return options.size() == 1;
    }

    /** Whether the values had to be placed (blank cells vanished), rather than read from a grid. */
    public boolean inferred() {
        return inferred;
    }

    public List<BigDecimal[]> options() {
        return options;
    }

    /** The placement, or the first still-possible one when several remain (the parser's best reading). */
    public BigDecimal[] best() {
        return options.get(0);
    }

    /** The value of a column when every remaining option agrees on it, else null. */
    public BigDecimal agreed(int column) {
        BigDecimal value = null;
        for (BigDecimal[] option : options) {
            if (value == null) {
                value = option[column];
            } else if (value.compareTo(option[column]) != 0) {
                return null;
            }
        }
        return value;
    }

    /** Keeps only the given options; refuses (returns false) when that would leave none. */
    boolean narrow(List<BigDecimal[]> kept) {
        if (kept.isEmpty() || kept.size() == options.size()) {
            return false;
        }
        options = new ArrayList<>(kept);
        return true;
    }
}
