package budget.parser.placement;

import budget.model.RowIdentity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The ways numbers printed in order can sit in a row's columns once blank cells have vanished. */
public final class Placements {

    /** Beyond this many ways a row is not worth enumerating: it stays ambiguous. */
    private static final int MAX_OPTIONS = 5_000;

    private Placements() {
    }

    /** Every order-keeping placement of the values into {@code columns} columns; blanks become zero. */
    public static List<BigDecimal[]> all(List<BigDecimal> values, int columns) {
        List<BigDecimal[]> out = new ArrayList<>();
        if (values.size() > columns) {
            return out;
        }
        place(values, 0, new BigDecimal[columns], 0, out);
        return out;
    }

    private static void place(List<BigDecimal> values, int next, BigDecimal[] row, int fromColumn, List<BigDecimal[]> out) {
        if (out.size() >= MAX_OPTIONS) {
            return;
        }
        if (next == values.size()) {
            BigDecimal[] filled = row.clone();
            for (int i = 0; i < filled.length; i++) {
                if (filled[i] == null) {
                    filled[i] = BigDecimal.ZERO;
                }
            }
            out.add(filled);
            return;
        }
        int remaining = values.size() - next;
        for (int column = fromColumn; column <= row.length - remaining; column++) {
            row[column] = values.get(next);
            place(values, next + 1, row, column + 1, out);
            row[column] = null;
        }
    }

    /** The values in the first columns, the rest zero: what a reader assumes when nothing tells otherwise. */
    public static BigDecimal[] leftmost(List<BigDecimal> values, int columns) {
        BigDecimal[] row = new BigDecimal[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < values.size() ? values.get(i) : BigDecimal.ZERO;
        }
        return row;
    }

    /** The options (one value per column, in {@code columns}' order) in which the row's identity holds. */
    public static List<BigDecimal[]> satisfying(List<BigDecimal[]> options, List<String> columns, RowIdentity identity) {
        List<BigDecimal[]> kept = new ArrayList<>();
        for (BigDecimal[] option : options) {
            if (identity.holds(column -> {
                int index = columns.indexOf(column);
                return index < 0 ? null : option[index];
            })) {
                kept.add(option);
            }
        }
        return kept;
    }
}
