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
        int headerPage = -1;
        for (int p = 0; p < page + 1; p++) {
            if (headerPages.contains(p)) {
                headerPage = p;
                continue;
            }
            List<CodeRow> here = byPage.get(p);
            if (headerPage < 0 || here == null || here.stream().noneMatch(row -> row.readAs() == RowPlacement.POSITION)) {
                continue;
            }
            List<List<Cell>> reference = columnCells(byPage.getOrDefault(headerPage, List.of()), columns.size());
            // every row prints its 合计 first: a page whose rows would start in another column is shifted by a
            // whole column, though its numbers end where the other page's numbers of that column end
            boolean totalFirst = columns.get(0).equals(Columns.TOTAL);
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
