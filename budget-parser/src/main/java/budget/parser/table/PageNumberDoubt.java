package budget.parser.table;

import budget.model.RowIdentity;
import budget.parser.placement.Placements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a number printed alone after a row's numbers, one cell per line, that may be the page's number
 * ({@link TableFrame#mayBePageNumber}) or the row's last cell: by the row itself. A number the row cannot hold
 * (one more than its columns, or one that breaks its identity where the row without it keeps it, or prints every
 * column) is the page's; a number that completes the row's identity is the row's; anything else the row does not
 * tell.
 */
final class PageNumberDoubt {

    enum Verdict {
        /** The page's number: not a cell. */
        PAGE_NUMBER,
        /** The row's last cell. */
        CELL,
        /** The row holds as well (or as badly) with it as without it. */
        OPEN
    }

    private PageNumberDoubt() {
    }

    /**
     * @param row     the numbers the row printed before the candidate, in order (blank cells vanished)
     * @param number  the candidate
     * @param columns the row's amount columns
     */
    static Verdict of(List<BigDecimal> row, BigDecimal number, List<String> columns) {
        List<BigDecimal> with = new ArrayList<>(row);
        with.add(number);
        // a row printing every column stands as printed, even against its identity (the document's defect)
        boolean without = row.size() == columns.size() || holds(row, columns);
        boolean withIt = holds(with, columns);
        if (without && !withIt) {
            return Verdict.PAGE_NUMBER;
        }
        return withIt && !without ? Verdict.CELL : Verdict.OPEN;
    }

    /** Whether the numbers fit the columns in some order-keeping placement that keeps the row's identity. */
    private static boolean holds(List<BigDecimal> values, List<String> columns) {
        if (values.size() > columns.size()) {
            return false;
        }
        RowIdentity identity = RowIdentity.over(columns).orElse(null);
        if (identity == null || values.isEmpty()) {
            return true;
        }
        return !Placements.satisfying(Placements.all(values, columns.size()), columns, identity).isEmpty();
    }
}
