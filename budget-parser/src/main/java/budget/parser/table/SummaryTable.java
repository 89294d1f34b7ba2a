package budget.parser.table;

import java.util.ArrayList;
import java.util.List;

/** A summary table (1 or 4) as read: income and expense columns as printed, and its labelled rows. */
public record SummaryTable(TableFrame frame, List<String> incomeColumns, List<String> expenseColumns,
                           List<SummaryRow> rows) {

    public SummaryTable {
        incomeColumns = List.copyOf(incomeColumns);
        expenseColumns = List.copyOf(expenseColumns);
        rows = List.copyOf(rows);
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
