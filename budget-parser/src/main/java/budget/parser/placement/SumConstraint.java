package budget.parser.placement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A parent row equals the sum of its children in every column (类 = Σ款, 款 = Σ项, 合计 = Σ类). Used in two
 * ways: when few placements remain, every combination is tried and only the options that take part in a
 * combination satisfying the sum survive; and when the parent is known, a column the parent leaves at zero is
 * zero in every child (amounts are not negative), which holds even where the printed sums do not add up. Each
 * column's sum is an identity of its own: where no placement makes every column add up (a genuine slip in a
 * certain row), the columns that some placement does make add up still place the rows.
 */
public final class SumConstraint implements Constraint {

    /** Combinations tried at most; beyond it only the zero rule applies. */
    private static final int MAX_COMBINATIONS = 20_000;

    private final Slot parent;
    private final List<Slot> children;

    public SumConstraint(Slot parent, List<Slot> children) {
        this.parent = parent;
        this.children = List.copyOf(children);
    }

    @Override
    public boolean apply(WorkBudget work) {
        boolean changed = zeroColumns();
        return enumerate(work) || changed;
    }

    private boolean zeroColumns() {
        if (!parent.determined() || hasNegative()) {
            return false;
        }
        BigDecimal[] known = parent.best();
        boolean changed = false;
        for (Slot child : children) {
            if (child.determined()) {
                continue;
            }
            List<BigDecimal[]> kept = new ArrayList<>();
            for (BigDecimal[] option : child.options()) {
                if (zeroWhereParentIsZero(known, option)) {
                    kept.add(option);
                }
            }
            changed |= child.narrow(kept);
        }
        return changed;
    }

    private static boolean zeroWhereParentIsZero(BigDecimal[] parent, BigDecimal[] child) {
        for (int c = 0; c < parent.length && c < child.length; c++) {
            if (parent[c].signum() == 0 && child[c].signum() != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNegative() {
        for (Slot slot : all()) {
            for (BigDecimal[] option : slot.options()) {
                for (BigDecimal value : option) {
                    if (value.signum() < 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean enumerate(WorkBudget work) {
        List<Slot> slots = all();
        long combinations = 1;
        boolean open = false;
        for (Slot slot : slots) {
            combinations *= slot.options().size();
            open |= !slot.determined();
            if (combinations > MAX_COMBINATIONS) {
                return false;
            }
        }
        if (!open || !work.spend(combinations * slots.size())) {
            return false;
        }
        int columns = parent.best().length;
        Narrowing whole = narrowTo(slots, 0, columns);
        if (whole != Narrowing.NONE_ADDS_UP) {
            return whole == Narrowing.NARROWED;
        }
        // the printed sums do not add up whatever the placement: each column that some placement makes add up still
        // tells (the slip is in another column)
        boolean changed = false;
        for (int c = 0; c < columns && work.spend(combinations * slots.size()); c++) {
            changed |= narrowTo(all(), c, c + 1) == Narrowing.NARROWED;
        }
        return changed;
    }

    private enum Narrowing { NONE_ADDS_UP, UNCHANGED, NARROWED }

    /** Keeps the options that take part in a placement adding up in columns [from, to). */
    private Narrowing narrowTo(List<Slot> slots, int from, int to) {
        List<boolean[]> used = new ArrayList<>();
        for (Slot slot : slots) {
            used.add(new boolean[slot.options().size()]);
        }
        int[] choice = new int[slots.size()];
        if (!search(slots, 0, choice, used, from, to)) {
            return Narrowing.NONE_ADDS_UP;
        }
        boolean changed = false;
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            List<BigDecimal[]> kept = new ArrayList<>();
            for (int o = 0; o < slot.options().size(); o++) {
                if (used.get(s)[o]) {
                    kept.add(slot.options().get(o));
                }
            }
            changed |= slot.narrow(kept);
        }
        return changed ? Narrowing.NARROWED : Narrowing.UNCHANGED;
    }

    private boolean search(List<Slot> slots, int index, int[] choice, List<boolean[]> used, int from, int to) {
        if (index == slots.size()) {
            if (!adds(slots, choice, from, to)) {
                return false;
            }
            for (int s = 0; s < slots.size(); s++) {
                used.get(s)[choice[s]] = true;
            }
            return true;
        }
        boolean any = false;
        for (int o = 0; o < slots.get(index).options().size(); o++) {
            choice[index] = o;
            any |= search(slots, index + 1, choice, used, from, to);
        }
        return any;
    }

    private boolean adds(List<Slot> slots, int[] choice, int from, int to) {
        BigDecimal[] parentValues = slots.get(0).options().get(choice[0]);
        for (int c = from; c < to; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int s = 1; s < slots.size(); s++) {
                BigDecimal[] values = slots.get(s).options().get(choice[s]);
                if (c < values.length) {
                    sum = sum.add(values[c]);
                }
            }
            if (sum.compareTo(parentValues[c]) != 0) {
                return false;
            }
        }
        return true;
    }

    private List<Slot> all() {
        List<Slot> all = new ArrayList<>(children.size() + 1);
        all.add(parent);
        all.addAll(children);
        return all;
    }
}
