package budget.parser.pdf;

import java.util.List;

/** One line of a page as it will be written: its cells (one for a line that is not a table row) and top. */
record LayoutLine(double top, List<CellBox> cells) {

    LayoutLine {
        cells = List.copyOf(cells);
    }

    static LayoutLine of(TextLine line) {
        return new LayoutLine(line.top(), List.of(new CellBox(line.text(), line.box())));
    }

    /** The cells' texts, tab-separated (a tab inside a cell would split it, so it becomes a space). */
    String text() {
        if (cells.size() == 1) {
            return cells.get(0).text().replace('\t', ' ');
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append('\t');
            }
            text.append(cells.get(i).text().replace('\t', ' '));
        }
        return text.toString();
    }

    Box box() {
        Box box = Box.EMPTY;
        for (CellBox cell : cells) {
            box = box.union(cell.box());
        }
        return box;
    }
}
