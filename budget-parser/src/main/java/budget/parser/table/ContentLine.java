package budget.parser.table;

import budget.parser.text.LineCells;
import budget.parser.text.SourceLine;

/**
 * A line of a table region that may hold header cells or a row.
 *
 * @param line     the source line
 * @param cells    the line cut into cells
 * @param afterGap  whether a blank line, page mark or page head came just before it
 * @param pageStart whether it is the first line of the table on a new page (a form feed came before it)
 */
public record ContentLine(SourceLine line, LineCells cells, boolean afterGap, boolean pageStart) {

    public int number() {
        return line.number();
    }

    public String text() {
        return line.text();
    }
}
