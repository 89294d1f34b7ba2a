package budget.parser.table;

import budget.model.RowPlacement;
import budget.model.TableType.Columns;
import budget.parser.placement.Slot;
import budget.parser.text.Amounts;
import budget.parser.text.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pdftotext -layout lays out each page by itself. On a continuation page printed without the header, the amount
 * columns may stand elsewhere than under the header of the page before: closer together, or further right where
 * the header's page left out the name column. Numbers placed there by the header's positions are checked against
 * the page: where the page's numbers end where the numbers of the same column end on the header's page, and each
 * row starts in the 合计 column, the positions hold; else a
 * row of the page printing every column gives the page its own columns; else the rows are left to the identities,
 * since a position read under the wrong heading must never look certain.
 */
final class ContinuationPages {

    /** Characters a number may stand off its column (pdftotext rounds glyph positions). */
    private static final int TOLERANCE = 2;

    private ContinuationPages() {
    }

    /**
     * @param headerLines the lines read as column headers
     * @param columns     the table's amount columns
     */
    static void check(List<ContentLine> content, Set<ContentLine> headerLines, List<CodeRow> rows, CodeRow total,
                      List<String> columns) {
        Map<ContentLine, Integer> pageOf = new HashMap<>();
        Set<Integer> headerPages = new HashSet<>();
        int page = 0;
        for (ContentLine line : content) {
            if (line.pageStart()) {
                page++;
            }
            pageOf.put(line, page);
            if (headerLines.contains(line)) {
                headerPages.add(page);
            }
        }
        Map<Integer, List<CodeRow>> byPage = new LinkedHashMap<>();
        List<CodeRow> all = new ArrayList<>(rows);
        if (total != null) {
            all.add(total);
        }
        for (CodeRow row : all) {
            Integer at = row.alignedLine() == null ? null : pageOf.get(row.alignedLine());
            if (at != null) {
                byPage.computeIfAbsent(at, k -> new ArrayList<>()).add(row);
            }
        }
        boolean totalFirst = columns.get(0).equals(Columns.TOTAL);
        int headerPage = -1;
        for (int p = 0; p < page + 1; p++) {
            if (headerPages.contains(p)) {
                headerPage = p;
                unmarkedBreaks(byPage.getOrDefault(p, List.of()), content, headerLines, columns, totalFirst,
                        page == 0);
                continue;
            }
            List<CodeRow> here = byPage.get(p);
            if (headerPage < 0 || here == null || here.stream().noneMatch(row -> row.readAs() == RowPlacement.POSITION)) {
                continue;
            }
            List<List<Cell>> reference = columnCells(byPage.getOrDefault(headerPage, List.of()), columns.size());
            // every row prints its 合计 first: a page whose rows would start in another column is shifted by a
            // whole column, though its numbers end where the other page's numbers of that column end
            boolean holds = true;
            for (CodeRow row : here) {
                if (row.readAs() == RowPlacement.POSITION) {
                    int[] at = row.alignedColumns();
                    holds &= standsUnder(row, at, reference) && (!totalFirst || at.length == 0 || at[0] == 0);
                }
            }
            if (holds) {
                continue;
            }
            List<Cell> own = fullRow(here, columns.size());
            if (own == null && totalFirst) {
                own = realigned(here, reference);
            }
            List<List<Cell>> ownCells = own == null ? null : columnCells(own);
            for (CodeRow row : here) {
                if (row.readAs() != RowPlacement.POSITION) {
                    continue;
                }
                List<BigDecimal> values = new ArrayList<>(row.alignedCells().size());
                for (Cell cell : row.alignedCells()) {
                    values.add(Amounts.parse(cell.text()));
                }
                String label = row.total() ? "合计" : row.code().full();
                int[] underOwn = own == null ? null : PositionPlacement.columnsOf(row.alignedCells(), own);
                if (own != null && standsUnder(row, underOwn, ownCells)) {
                    row.replace(Slot.placed(label, PositionPlacement.place(row.alignedCells(), values, own)),
                            RowPlacement.POSITION);
                } else {
                    row.replace(CodeTableReader.identityCandidates(label, values, columns), RowPlacement.IDENTITY);
                }
            }
        }
    }

    /**
     * The header's page as the text marks it may hold pages the text does not mark (no form feed, no page number),
     * laid out by themselves. Going down it, each column's numbers end where the first row below the header that
     * printed that column printed it: a row placed under the headings whose numbers stand elsewhere than that
     * (beyond the jitter of pdftotext's rounding), or that
     * would not start in the 合计 column, is on a page laid out otherwise, and its numbers beside blank cells are
     * left to the identities. A column no row above printed cannot be checked: it is taken as the headings place
     * it where the text marks the table's pages (this is the header's page), and left to the identities where it
     * marks none (a page a little narrower, within the jitter in the columns it shares with the rows above, may
     * still put a number under the heading of the column beside its own).
     */
    private static void unmarkedBreaks(List<CodeRow> rows, List<ContentLine> content, Set<ContentLine> headerLines,
                                       List<String> columns, boolean totalFirst, boolean unmarked) {
        Map<ContentLine, Integer> index = new HashMap<>();
        for (int i = 0; i < content.size(); i++) {
            index.put(content.get(i), i);
        }
        List<List<Cell>> reference = new ArrayList<>(columns.size());
        int from = 0;
        for (CodeRow row : rows) {
            if (row.readAs() != RowPlacement.POSITION && row.readAs() != RowPlacement.DELIMITED) {
                continue;
            }
            int to = index.getOrDefault(row.alignedLine(), from);
            if (reference.isEmpty() || headerBetween(content, headerLines, from, to)) {
                // a header (repeated) lays out the rows below it: they are checked against each other afresh
                reference.clear();
                for (int c = 0; c < columns.size(); c++) {
                    reference.add(new ArrayList<>());
                }
            }
            from = Math.max(from, to);
            int[] at = row.alignedColumns();
            boolean off = row.readAs() == RowPlacement.POSITION && totalFirst && at.length > 0 && at[0] != 0;
            boolean unchecked = false;
            int moved = 0;
            for (int k = 0; k < at.length && !off; k++) {
                Cell cell = row.alignedCells().get(k);
                List<Cell> above = at[k] < reference.size() ? reference.get(at[k]) : List.of();
                if (above.isEmpty()) {
                    unchecked = true;
                    continue;
                }
                int shift = Math.abs(above.get(0).end() - cell.end());
                off = shift > TOLERANCE;
                moved = Math.max(moved, shift);
            }
            // a column no row above printed, where the columns it shares with them stand a little off
            off |= unmarked && unchecked && moved > 0 && row.readAs() == RowPlacement.POSITION;
            if (!off) {
                // the first number of each column is where it ends: rows within the jitter of it do not move it
                // (a page a little narrower must not drag the column along, row by row)
                for (int k = 0; k < at.length; k++) {
                    if (at[k] < reference.size() && reference.get(at[k]).isEmpty()) {
                        reference.get(at[k]).add(row.alignedCells().get(k));
                    }
                }
                continue;
            }
            if (row.readAs() == RowPlacement.POSITION) {
                List<BigDecimal> values = new ArrayList<>(row.alignedCells().size());
                for (Cell cell : row.alignedCells()) {
                    values.add(Amounts.parse(cell.text()));
                }
                String label = row.total() ? "合计" : row.code().full();
                row.replace(CodeTableReader.identityCandidates(label, values, columns), RowPlacement.IDENTITY);
            }
        }
    }

    private static boolean headerBetween(List<ContentLine> content, Set<ContentLine> headerLines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (headerLines.contains(content.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The page's columns found by its 合计 column: every row prints its 合计 first, so the rows' first numbers
     * end together; the other columns stand where they stood on the header's page, moved as far. Null when the
     * first numbers do not end together or a column never printed on the header's page (nothing to go by).
     */
    private static List<Cell> realigned(List<CodeRow> here, List<List<Cell>> reference) {
        List<Integer> firsts = new ArrayList<>();
        for (CodeRow row : here) {
            if (!row.alignedCells().isEmpty()) {
                firsts.add(row.alignedCells().get(0).end());
            }
        }
        if (firsts.isEmpty() || reference.get(0).isEmpty()) {
            return null;
        }
        int pageTotal = median(firsts);
        for (int end : firsts) {
            if (Math.abs(end - pageTotal) > TOLERANCE) {
                return null;
            }
        }
        int shift = pageTotal - median(ends(reference.get(0)));
        List<Cell> columns = new ArrayList<>(reference.size());
        for (List<Cell> cells : reference) {
            if (cells.isEmpty()) {
                return null;
            }
            List<Integer> starts = new ArrayList<>(cells.size());
            for (Cell cell : cells) {
                starts.add(cell.start());
            }
            columns.add(new Cell("", median(starts) + shift, median(ends(cells)) + shift));
        }
        return columns;
    }

    private static int median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** Each column's numbers on a page, from its rows as they were placed. */
    private static List<List<Cell>> columnCells(List<CodeRow> rows, int width) {
        List<List<Cell>> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cells.add(new ArrayList<>());
        }
        for (CodeRow row : rows) {
            if (row.readAs() == RowPlacement.IDENTITY) {
                continue; // placed again by the identities: its layout is not the page's
            }
            int[] at = row.alignedColumns();
            for (int k = 0; k < at.length; k++) {
                if (at[k] < width) {
                    cells.get(at[k]).add(row.alignedCells().get(k));
                }
            }
        }
        return cells;
    }

    /** A row printing every column: one number per column. */
    private static List<List<Cell>> columnCells(List<Cell> full) {
        List<List<Cell>> cells = new ArrayList<>(full.size());
        for (Cell cell : full) {
            cells.add(List.of(cell));
        }
        return cells;
    }

    private static List<Integer> ends(List<Cell> cells) {
        List<Integer> ends = new ArrayList<>(cells.size());
        for (Cell cell : cells) {
            ends.add(cell.end());
        }
        return ends;
    }

    /**
     * Whether each number of the row, in the column given, ends where numbers of that column end on the reference
     * page; a column the reference never printed cannot vouch for it.
     */
    private static boolean standsUnder(CodeRow row, int[] columns, List<List<Cell>> reference) {
        for (int k = 0; k < columns.length; k++) {
            int end = row.alignedCells().get(k).end();
            if (columns[k] >= reference.size()
                    || reference.get(columns[k]).stream().noneMatch(cell -> Math.abs(cell.end() - end) <= TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    /** The cells of a row of the page that prints a number in every column, or null. */
    private static List<Cell> fullRow(List<CodeRow> rows, int width) {
        for (CodeRow row : rows) {
            if (row.alignedCells().size() == width) {
                return row.alignedCells();
            }
        }
        return null;
    }
}
