package budget.parser.pdf;

import java.util.List;
import java.util.Optional;

/**
 * A PDF turned into the text the parser reads best, with geometry: each table row one line of tab-separated
 * cells (empty cells kept), other text as lines in reading order, and each page's first line starting with a
 * form feed (which {@code SourceText} drops without starting a line). Every 1-based line of {@link #text()}
 * has its {@link LineGeometry}: page, box and one box per cell.
 *
 * @param text           the document text
 * @param pages          how many pages the document has
 * @param lines          the geometry of line 1, 2, ... in order (as many as the text has lines)
 * @param pageSizes      the size of page 1, 2, ... as shown
 * @param imageOnlyPages pages (1-based) that are images without a text layer, read around
 * @param slips          what the pages that show something wrong in their layout show (blank, glyphs without
 *                       Unicode, lines cut), in page order
 */
public record PdfText(String text, int pages, List<LineGeometry> lines, List<PageSize> pageSizes,
                      List<Integer> imageOnlyPages, List<PageSlips> slips) {

    public PdfText {
        lines = List.copyOf(lines);
        pageSizes = List.copyOf(pageSizes);
        imageOnlyPages = List.copyOf(imageOnlyPages);
        slips = List.copyOf(slips);
    }

    /** What a 1-based page shows wrong in its layout; a page that shows nothing wrong has no entry. */
    public Optional<PageSlips> slipsOf(int page) {
        return slips.stream().filter(s -> s.page() == page).findFirst();
    }

    /** The geometry of a 1-based line of {@link #text()}, if the text has that line. */
    public Optional<LineGeometry> lineAt(int line) {
        return line >= 1 && line <= lines.size() ? Optional.of(lines.get(line - 1)) : Optional.empty();
    }

    /** The size of a 1-based page. */
    public Optional<PageSize> pageSize(int page) {
        return page >= 1 && page <= pageSizes.size() ? Optional.of(pageSizes.get(page - 1)) : Optional.empty();
    }

    /**
     * The box of the cell of a line that prints {@code printedText} (an amount as printed, e.g. "96,282,213.44"):
     * the cell whose text equals it, else the first cell holding it as a whole number (so "0.00" is not found
     * inside "10.00"). Spaces are ignored on both sides.
     */
    public Optional<Box> cellBox(int line, String printedText) {
        Optional<LineGeometry> geometry = lineAt(line);
        if (geometry.isEmpty() || printedText == null || printedText.isBlank()) {
            return Optional.empty();
        }
        String wanted = withoutSpaces(printedText);
        for (CellBox cell : geometry.get().cells()) {
            if (withoutSpaces(cell.text()).equals(wanted)) {
                return Optional.of(cell.box());
            }
        }
        for (CellBox cell : geometry.get().cells()) {
            if (containsAsNumber(withoutSpaces(cell.text()), wanted)) {
                return Optional.of(cell.box());
            }
        }
        return Optional.empty();
    }

    private static boolean containsAsNumber(String cell, String wanted) {
        for (int at = cell.indexOf(wanted); at >= 0; at = cell.indexOf(wanted, at + 1)) {
            int end = at + wanted.length();
            boolean openBefore = at == 0 || !isNumberChar(cell.charAt(at - 1));
            boolean openAfter = end == cell.length() || !isNumberChar(cell.charAt(end));
            if (openBefore && openAfter) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '-';
    }

    private static String withoutSpaces(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
