package budget.parser.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * A table found from a page's rulings: its cells, and its rows and columns read the way pdfplumber reads them
 * (which the parser's tab-separated form was made with): a row for every distinct cell top, a column for every
 * distinct cell left, and in each slot the cell starting there or none. A cell spanning rows or columns where
 * inner rulings are missing fills its first slot; the slots it covers stay empty.
 */
final class RuledTable {

    private final List<Rect> cells;
    private final Rect bounds;
    private final double[] rowTops;
    private final double[] columnLefts;
    private final int[][] slots;

    RuledTable(List<Rect> cells) {
        this.cells = List.copyOf(cells);
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Rect cell : cells) {
            left = Math.min(left, cell.left());
            top = Math.min(top, cell.top());
            right = Math.max(right, cell.right());
            bottom = Math.max(bottom, cell.bottom());
        }
        this.bounds = new Rect(left, top, right, bottom);
        this.rowTops = cells.stream().mapToDouble(Rect::top).distinct().sorted().toArray();
        this.columnLefts = cells.stream().mapToDouble(Rect::left).distinct().sorted().toArray();
        this.slots = new int[rowTops.length][columnLefts.length];
        for (int[] row : slots) {
            Arrays.fill(row, -1);
        }
        for (int i = 0; i < cells.size(); i++) {
            Rect cell = cells.get(i);
            slots[Arrays.binarySearch(rowTops, cell.top())][Arrays.binarySearch(columnLefts, cell.left())] = i;
        }
    }

    List<Rect> cells() {
        return cells;
    }

    Rect bounds() {
        return bounds;
    }

    int rows() {
        return rowTops.length;
    }

    int columns() {
        return columnLefts.length;
    }

    /** The cell starting at this slot, or -1 when the slot is covered by a spanning cell (or by none). */
    int cellAt(int row, int column) {
        return slots[row][column];
    }

    /** The box of a slot: its cell's, or for an empty slot the band of its row and column. */
    Box slotBox(int row, int column) {
        int cell = slots[row][column];
        if (cell >= 0) {
            return cells.get(cell).box();
        }
        double right = column + 1 < columnLefts.length ? columnLefts[column + 1] : bounds.right();
        double bottom = row + 1 < rowTops.length ? rowTops[row + 1] : bounds.bottom();
        return Box.of(columnLefts[column], rowTops[row], right, bottom);
    }

    /** The cell holding a point (left and top edges inclusive, as pdfplumber assigns characters), or -1. */
    int cellContaining(double x, double y) {
        if (!bounds.holds(x, y)) {
            return -1;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).holds(x, y)) {
                return i;
            }
        }
        return -1;
    }
}
