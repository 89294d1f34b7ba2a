package budget.parser.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A line cut into cells according to its physical form. Delimited forms (pipes, tabs) keep blank cells; the
 * space forms give one cell per whitespace-separated token, with its position.
 */
public record LineCells(LineForm form, List<Cell> cells) {

    /** Lines longer than this are never table rows; they are cut as one cell so nothing downstream is slow. */
    private static final int MAX_ROW_LENGTH = 4_000;

    public static LineCells of(String line) {
        if (line.length() > MAX_ROW_LENGTH) {
            return new LineCells(LineForm.SINGLE, List.of(new Cell(line.strip(), 0, line.length())));
        }
        int first = firstNonSpace(line);
        if (first >= 0 && line.charAt(first) == '|') {
            return new LineCells(LineForm.PIPE, split(line, '|', first + 1, true));
        }
        if (line.indexOf('\t') >= 0) {
            return new LineCells(LineForm.TAB, split(line, '\t', 0, false));
        }
        return tokens(line);
    }

    /** Whether this is a markdown rule ({@code |---|---|}) or a dash separator ({@code ------	----}). */
    public boolean isRule() {
        if (cells.size() == 1 && Amounts.isDashZero(cells.get(0).text())) {
            return false; // a lone dash is a zero in the accounting format, printed one cell per line
        }
        boolean sawDash = false;
        for (Cell cell : cells) {
            String text = cell.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '-' || c == '—' || c == '─' || c == '=') {
                    sawDash = true;
                } else if (c != ':' && !Chars.isSpace(c)) {
                    return false;
                }
            }
        }
        return sawDash;
    }

    public boolean isEmpty() {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank cells. */
    public List<Cell> filled() {
        List<Cell> filled = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                filled.add(cell);
            }
        }
        return filled;
    }

    private static List<Cell> split(String line, char separator, int from, boolean dropLastAfterSeparator) {
        List<Cell> cells = new ArrayList<>(12);
        int start = from;
        int end;
        while ((end = line.indexOf(separator, start)) >= 0) {
            cells.add(trimmed(line, start, end));
            start = end + 1;
        }
        cells.add(trimmed(line, start, line.length()));
        // "| a | b |": the empty remainder after the closing pipe is not a cell
        if (dropLastAfterSeparator && cells.size() > 1 && cells.get(cells.size() - 1).isBlank()
                && line.stripTrailing().endsWith("|")) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Cell trimmed(String line, int from, int to) {
        if (from == to) {
            return new Cell("", from, to);
        }
        if (!Chars.isSpace(line.charAt(from)) && !Chars.isSpace(line.charAt(to - 1))) {
            return new Cell(line.substring(from, to), from, to); // the common case: nothing to trim
        }
        int start = from;
        int end = to;
        while (start < end && Chars.isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && Chars.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return new Cell(line.substring(start, end), start, end);
    }

    private static LineCells tokens(String line) {
        List<Cell> cells = new ArrayList<>();
        int widestGap = 0;
        int i = 0;
        int length = line.length();
        int lastEnd = -1;
        while (i < length) {
            while (i < length && Chars.isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int start = i;
            while (i < length && !Chars.isSpace(line.charAt(i))) {
                i++;
            }
            if (lastEnd >= 0) {
                widestGap = Math.max(widestGap, gapWidth(line, lastEnd, start));
            }
            cells.add(new Cell(line.substring(start, i), start, i));
            lastEnd = i;
        }
        LineForm form = cells.size() <= 1 ? LineForm.SINGLE : widestGap >= 2 ? LineForm.ALIGNED : LineForm.SPACED;
        return new LineCells(form, cells);
    }

    /** An ideographic space is as wide as two ordinary ones. */
    private static int gapWidth(String line, int from, int to) {
        int width = 0;
        for (int i = from; i < to; i++) {
            width += line.charAt(i) == '\u3000' ? 2 : 1;
        }
        return width;
    }

    private static int firstNonSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Chars.isSpace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
