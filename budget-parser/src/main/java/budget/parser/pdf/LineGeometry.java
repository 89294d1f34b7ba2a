package budget.parser.pdf;

import java.util.List;

/**
 * Where one line of {@link PdfText#text()} is printed.
 *
 * @param line  the 1-based line number, as {@code budget.parser.text.SourceText} numbers lines
 * @param page  the 1-based page
 * @param box   the box enclosing the line (its cells, or its glyphs); empty for a line with nothing printed
 * @param cells one box per tab-separated cell of the line, in order; a line that is not a table row has one
 */
public record LineGeometry(int line, int page, Box box, List<CellBox> cells) {

    public LineGeometry {
        cells = List.copyOf(cells);
    }
}
