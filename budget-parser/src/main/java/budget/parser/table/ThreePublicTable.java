package budget.parser.table;

import budget.parser.placement.Slot;

import java.util.List;

/**
 * Table 9 as read: the stable names of its cells in printed order, their printed headings, the amounts (in the
 * table's unit) and the printed text of each.
 *
 * @param slot null when the table prints no data row
 */
public record ThreePublicTable(TableFrame frame, List<String> names, List<String> labels, Slot slot,
                               List<String> printed, int line) {

    public ThreePublicTable {
        names = List.copyOf(names);
        labels = List.copyOf(labels);
        printed = printed == null ? null : List.copyOf(printed);
    }

    public int column(String name) {
        return names.indexOf(name);
    }
}
