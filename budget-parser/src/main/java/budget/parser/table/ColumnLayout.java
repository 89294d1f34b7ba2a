package budget.parser.table;

import budget.parser.text.Cell;
import budget.parser.text.LineCells;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a header puts the amount columns: their printed names in order and, depending on the form, their cell
 * index (pipes, tabs) or horizontal extent (space-aligned text).
 *
 * @param names     the amount column names, printed order
 * @param indices   delimited forms: the cell index of each column
 * @param cells     space-aligned form: the header cell of each column (its extent)
 * @param delimited whether the header was a delimited line
 */
public record ColumnLayout(List<String> names, int[] indices, List<Cell> cells, boolean delimited) {

    /** The layout a header line gives, or null when it names fewer than two amount columns. */
    public static ColumnLayout of(LineCells line) {
        List<String> names = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        List<Cell> all = line.cells();
        for (int i = 0; i < all.size(); i++) {
            String name = HeaderWords.column(all.get(i).text());
            if (name != null && !names.contains(name)) {
                names.add(name);
                indices.add(i);
                cells.add(all.get(i));
            }
        }
        if (names.size() < 2) {
            return null;
        }
        int[] at = indices.stream().mapToInt(Integer::intValue).toArray();
        return new ColumnLayout(List.copyOf(names), at, List.copyOf(cells), line.form().delimited());
    }

    /** Whether space-aligned numbers can be placed under these headings. */
    public boolean positional() {
        return !delimited;
    }
}
