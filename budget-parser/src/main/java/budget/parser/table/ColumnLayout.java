package budget.parser.table;

import budget.parser.text.Cell;
import budget.parser.text.LineCells;
import budget.parser.text.LineForm;

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

    /**
     * The layout of a header block: the line naming the most amount columns, completed by the headings that wrap
     * over two lines of the block (事业单位 / 经营收入 is 事业单位经营收入). A completed heading goes where its text
     * sits when the form keeps positions, else where the table's template puts it.
     *
     * @param template the table's columns in the template's order
     */
    public static ColumnLayout of(List<LineCells> block, List<String> template) {
        ColumnLayout best = null;
        LineCells bestLine = null;
        for (LineCells line : block) {
            ColumnLayout layout = of(line);
            if (layout != null && (best == null || layout.names().size() >= best.names().size())) {
                best = layout;
                bestLine = line;
            }
        }
        if (best == null || best.delimited()) {
            return best;
        }
        boolean positions = bestLine.form() == LineForm.ALIGNED;
        List<String> names = new ArrayList<>(best.names());
        List<Cell> cells = new ArrayList<>(best.cells());
        for (int a = 0; a < block.size(); a++) {
            for (int b = a + 1; b < block.size() && b <= a + 2; b++) {
                for (Cell upper : block.get(a).filled()) {
                    for (Cell lower : block.get(b).filled()) {
                        String name = HeaderWords.column(upper.text() + lower.text());
                        if (name == null || names.contains(name) || HeaderWords.column(upper.text()) != null
                                || positions && !overlaps(upper, lower)) {
                            continue;
                        }
                        Cell joined = new Cell(name, Math.min(upper.start(), lower.start()),
                                Math.max(upper.end(), lower.end()));
                        int at = positions ? byPosition(cells, joined) : byTemplate(names, name, template);
                        names.add(at, name);
                        cells.add(at, joined);
                    }
                }
            }
        }
        return new ColumnLayout(List.copyOf(names), best.indices(), List.copyOf(cells), false);
    }

    private static boolean overlaps(Cell a, Cell b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static int byPosition(List<Cell> cells, Cell joined) {
        int at = 0;
        while (at < cells.size() && cells.get(at).start() < joined.start()) {
            at++;
        }
        return at;
    }

    private static int byTemplate(List<String> names, String name, List<String> template) {
        int rank = template.indexOf(name);
        for (int i = 0; i < names.size(); i++) {
            int other = template.indexOf(names.get(i));
            if (rank >= 0 && other > rank) {
                return i;
            }
        }
        return names.size();
    }

    /** Whether space-aligned numbers can be placed under these headings. */
    public boolean positional() {
        return !delimited;
    }
}
