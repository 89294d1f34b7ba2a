package budget.parser.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Text that starts in an edge cell of a table and runs on past the table's right (or left) border, such as
 * a row of leader dots or an amount too long for its column, belongs to that cell: glyphs beside the table
 * are attached to the outermost cell of their row when they continue its text without a word gap.
 */
final class CellOverflow {

    private CellOverflow() {
    }

    /** Attaches the overflowing glyphs to their cells' glyph lists; returns the glyphs that stay free. */
    static List<Glyph> attach(List<Glyph> free, RuledTable table, List<List<Glyph>> cellGlyphs) {
        Rect bounds = table.bounds();
        List<Glyph> right = new ArrayList<>();
        List<Glyph> left = new ArrayList<>();
        List<Glyph> rest = new ArrayList<>(free.size());
        for (Glyph glyph : free) {
            double y = glyph.centreY();
            if (y >= bounds.top() && y < bounds.bottom() && glyph.centreX() >= bounds.right()) {
                right.add(glyph);
            } else if (y >= bounds.top() && y < bounds.bottom() && glyph.centreX() < bounds.left()) {
                left.add(glyph);
            } else {
                rest.add(glyph);
            }
        }
        if (right.isEmpty() && left.isEmpty()) {
            return free;
        }
        right.sort(Comparator.comparingDouble(Glyph::x));
        left.sort(Comparator.comparingDouble(Glyph::x).reversed());
        attachSide(right, true, table, cellGlyphs, rest);
        attachSide(left, false, table, cellGlyphs, rest);
        return rest;
    }

    /**
     * Glyphs on one side of the table, nearest first: each joins the outermost cell of its row if it starts
     * within a word gap of where that cell's text (or, for an empty cell, its border) reaches so far.
     */
    private static void attachSide(List<Glyph> side, boolean rightSide, RuledTable table,
                                   List<List<Glyph>> cellGlyphs, List<Glyph> rest) {
        double[] reach = new double[table.cells().size()];
        Arrays.fill(reach, Double.NaN);
        for (Glyph glyph : side) {
            int cell = outermostCell(table, glyph.centreY(), rightSide);
            if (cell < 0) {
                rest.add(glyph);
                continue;
            }
            if (Double.isNaN(reach[cell])) {
                reach[cell] = textEdge(cellGlyphs.get(cell), table.cells().get(cell), rightSide);
            }
            double gap = rightSide ? glyph.x() - reach[cell] : reach[cell] - glyph.right();
            if (gap <= TextLines.WORD_GAP) {
                cellGlyphs.get(cell).add(glyph);
                reach[cell] = rightSide ? Math.max(reach[cell], glyph.right()) : Math.min(reach[cell], glyph.x());
            } else {
                rest.add(glyph);
            }
        }
    }

    /** Where a cell's text ends on the right (or starts on the left); its border when it has none. */
    private static double textEdge(List<Glyph> glyphs, Rect cell, boolean rightSide) {
        if (glyphs.isEmpty()) {
            return rightSide ? cell.right() : cell.left();
        }
        return rightSide ? glyphs.stream().mapToDouble(Glyph::right).max().getAsDouble()
                : glyphs.stream().mapToDouble(Glyph::x).min().getAsDouble();
    }

    /** The rightmost (or leftmost) cell of the table at height y, or -1. */
    private static int outermostCell(RuledTable table, double y, boolean rightmost) {
        int best = -1;
        List<Rect> cells = table.cells();
        for (int i = 0; i < cells.size(); i++) {
            Rect cell = cells.get(i);
            if (y >= cell.top() && y < cell.bottom() && (best < 0
                    || (rightmost ? cell.right() > cells.get(best).right() : cell.left() < cells.get(best).left()))) {
                best = i;
            }
        }
        return best;
    }
}
