package budget.parser.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A summary table (1 or 4) as read: income and expense columns as printed, and its labelled rows.
 *
 * @param stream when the table was printed one cell per line: every label with the amounts that followed it, in
 *               reading order (see {@link SummaryStreamReading}); empty otherwise
 */
public record SummaryTable(TableFrame frame, List<String> incomeColumns, List<String> expenseColumns,
                           List<SummaryRow> rows, List<Streamed> stream) {

    /** A label of a one-cell-per-line table and the amounts printed after it, before the next label. */
    public record Streamed(SummaryRow row, List<java.math.BigDecimal> amounts, List<Integer> lines) {

        public Streamed {
            amounts = List.copyOf(amounts);
            lines = List.copyOf(lines);
        }
    }

    public SummaryTable {
        incomeColumns = List.copyOf(incomeColumns);
        expenseColumns = List.copyOf(expenseColumns);
        rows = List.copyOf(rows);
        stream = stream == null ? List.of() : List.copyOf(stream);
    }

    /** The same table with its rows read again. */
    public SummaryTable withRows(List<SummaryRow> reread) {
        return new SummaryTable(frame, incomeColumns, expenseColumns, reread, stream);
    }

    /** All amount column names, income side first, each once. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(incomeColumns);
        for (String column : expenseColumns) {
            if (!all.contains(column)) {
                all.add(column);
            }
        }
        return all;
    }

    /** The first row whose name is the given one on that side, or null. */
    public SummaryRow row(budget.model.SummaryItem.Side side, String name) {
        for (SummaryRow row : rows) {
            if (row.side() == side && row.name().equals(name)) {
                return row;
            }
        }
        return null;
    }
}
