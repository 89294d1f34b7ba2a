package budget.parser.table;

import budget.model.SummaryItem;
import budget.parser.placement.Slot;

import java.util.List;

/** One label of a summary table (1 or 4) with its amounts, before they are finally placed. */
public record SummaryRow(SummaryItem.Side side, SummaryItem.Role role, String label, String name, int line,
                         List<String> columns, Slot slot) {

    public SummaryRow {
        columns = List.copyOf(columns);
    }

    public int column(String name) {
        return columns.indexOf(name);
    }
}
