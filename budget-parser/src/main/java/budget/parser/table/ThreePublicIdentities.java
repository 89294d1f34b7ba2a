package budget.parser.table;

import budget.model.RowIdentity;
import budget.parser.placement.Placements;
import budget.parser.placement.Slot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Table 9's own identities ({@link RowIdentity#THREE_PUBLIC}, {@link RowIdentity#VEHICLES}) over its cells. */
final class ThreePublicIdentities {

    private ThreePublicIdentities() {
    }

    /**
     * Every placement of the printed amounts, in each of the given column orders, that keeps both identities
     * (all of them if none does), as rows in the {@code names} order; placements that give the same row are one.
     */
    static Slot candidates(List<BigDecimal> values, List<List<String>> orders, List<String> names) {
        List<BigDecimal[]> all = new ArrayList<>();
        for (List<String> order : orders) {
            for (BigDecimal[] option : Placements.all(values, order.size())) {
                addDistinct(all, reorder(option, order, names));
            }
        }
        List<BigDecimal[]> kept = new ArrayList<>();
        for (BigDecimal[] option : all) {
            if (holds(option, names)) {
                kept.add(option);
            }
        }
        List<BigDecimal[]> options = kept.isEmpty() ? all : kept;
        return Slot.unplaced("table 9", options);
    }

    /** Whether some placement of the printed amounts, in one of the given column orders, keeps both identities. */
    static boolean anyHolds(List<BigDecimal> values, List<List<String>> orders, List<String> names) {
        for (List<String> order : orders) {
            for (BigDecimal[] option : Placements.all(values, order.size())) {
                if (holds(reorder(option, order, names), names)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BigDecimal[] reorder(BigDecimal[] option, List<String> order, List<String> names) {
        BigDecimal[] row = new BigDecimal[names.size()];
        for (int i = 0; i < names.size(); i++) {
            int at = order.indexOf(names.get(i));
            row[i] = at < 0 ? BigDecimal.ZERO : option[at];
        }
        return row;
    }

    private static void addDistinct(List<BigDecimal[]> options, BigDecimal[] row) {
        for (BigDecimal[] existing : options) {
            boolean same = true;
            for (int i = 0; i < row.length && same; i++) {
                same = existing[i].compareTo(row[i]) == 0;
            }
            if (same) {
                return;
            }
        }
        options.add(row);
    }

    static boolean holds(BigDecimal[] row, List<String> names) {
        Function<String, BigDecimal> cell = name -> value(row, names, name);
        return RowIdentity.THREE_PUBLIC.holds(cell) && RowIdentity.VEHICLES.holds(cell);
    }

    private static BigDecimal value(BigDecimal[] row, List<String> names, String name) {
        int index = names.indexOf(name);
        return index < 0 ? BigDecimal.ZERO : row[index];
    }
}
