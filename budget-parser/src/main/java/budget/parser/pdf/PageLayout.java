package budget.parser.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays one page out as lines: the ruled tables ({@link RuledTables}) as rows of cells, each glyph in the cell
 * holding its centre (or whose text it continues past the table's edge, {@link CellOverflow}), the text
 * wrapped inside a cell joined; every other glyph in lines of text, where
 * unruled tables ({@link UnruledTables}) become rows too. Tables and lines are ordered by their tops, a table
 * staying in one piece.
 */
final class PageLayout {

    private PageLayout() {
    }

    /** A table's rows or a single line, placed by its top. */
    private record Block(double top, List<LayoutLine> lines) {
    }

    static List<LayoutLine> lay(PageContent page) {
        List<RuledTable> tables = RuledTables.find(Edges.merge(new ArrayList<>(page.rulings())));
        List<List<List<Glyph>>> cellGlyphs = new ArrayList<>(tables.size());
        for (RuledTable table : tables) {
            List<List<Glyph>> cells = new ArrayList<>(table.cells().size());
            for (int i = 0; i < table.cells().size(); i++) {
                cells.add(new ArrayList<>());
            }
            cellGlyphs.add(cells);
        }
        List<Glyph> free = new ArrayList<>();
        for (Glyph glyph : page.glyphs()) {
            if (!place(glyph, tables, cellGlyphs)) {
                free.add(glyph);
            }
        }
        for (int t = 0; t < tables.size() && !free.isEmpty(); t++) {
            free = CellOverflow.attach(free, tables.get(t), cellGlyphs.get(t));
        }
        List<Block> blocks = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            RuledTable table = tables.get(t);
            blocks.add(new Block(table.bounds().top(), rows(table, cellGlyphs.get(t))));
        }
        for (LayoutLine line : UnruledTables.layout(TextLines.lines(free))) {
            blocks.add(new Block(line.top(), List.of(line)));
        }
        blocks.sort(Comparator.comparingDouble(Block::top));
        List<LayoutLine> lines = new ArrayList<>();
        for (Block block : blocks) {
            lines.addAll(block.lines());
        }
        return lines;
    }

    private static boolean place(Glyph glyph, List<RuledTable> tables, List<List<List<Glyph>>> cellGlyphs) {
        double x = glyph.centreX();
        double y = glyph.centreY();
        for (int t = 0; t < tables.size(); t++) {
            int cell = tables.get(t).cellContaining(x, y);
            if (cell >= 0) {
                cellGlyphs.get(t).get(cell).add(glyph);
                return true;
            }
        }
        return false;
    }

    private static List<LayoutLine> rows(RuledTable table, List<List<Glyph>> cellGlyphs) {
        String[] texts = new String[table.cells().size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = TextLines.joinWrapped(TextLines.lines(cellGlyphs.get(i)));
        }
        List<LayoutLine> rows = new ArrayList<>(table.rows());
        for (int r = 0; r < table.rows(); r++) {
            List<CellBox> cells = new ArrayList<>(table.columns());
            double top = Double.MAX_VALUE;
            for (int c = 0; c < table.columns(); c++) {
                int cell = table.cellAt(r, c);
                Box box = table.slotBox(r, c);
                top = Math.min(top, box.y());
                cells.add(new CellBox(cell >= 0 ? texts[cell] : "", box));
            }
            rows.add(new LayoutLine(top, cells));
        }
        return rows;
    }
}
