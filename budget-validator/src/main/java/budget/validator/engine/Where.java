package budget.validator.engine;

import budget.model.BudgetTable;
import budget.model.NarrativeFact;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.validation.FindingLocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** Builds finding locations: the place first, then every source line involved. */
public final class Where {

    public static final String TOTAL_ROW = "合计";

    private Where() {
    }

    public static FindingLocation row(int table, TableRow row, String column, Collection<Integer> moreLines) {
        return new FindingLocation(table, row.code(), blankToNull(row.name()), column, lines(row.lines(), moreLines));
    }

    public static FindingLocation row(int table, TableRow row, String column) {
        return row(table, row, column, List.of());
    }

    /** A code that one table prints and another lacks, placed in the table that should print it. */
    public static FindingLocation code(int table, String code, String name, String column,
                                       Collection<Integer> lines) {
        return new FindingLocation(table, code, blankToNull(name), column, lines(List.of(), lines));
    }

    public static FindingLocation totalRow(BudgetTable table, String column, Collection<Integer> moreLines) {
        List<Integer> own = table.totalLine() == null ? List.of() : List.of(table.totalLine());
        return new FindingLocation(table.number(), null, TOTAL_ROW, column, lines(own, moreLines));
    }

    public static FindingLocation item(int table, SummaryItem item, String column, Collection<Integer> moreLines) {
        return new FindingLocation(table, null, SummaryTable.nameOf(item), column,
                lines(List.of(item.line()), moreLines));
    }

    public static FindingLocation fact(NarrativeFact fact, String code, Integer table, Collection<Integer> moreLines) {
        return new FindingLocation(table, code, blankToNull(fact.label()), null,
                lines(List.of(fact.line()), moreLines));
    }

    public static FindingLocation table(int table, String column, Collection<Integer> lines) {
        return new FindingLocation(table, null, null, column, lines(List.of(), lines));
    }

    /** The place's own lines first, then the other lines involved in ascending order, each once. */
    public static List<Integer> lines(Collection<Integer> own, Collection<Integer> more) {
        LinkedHashSet<Integer> all = new LinkedHashSet<>();
        own.stream().filter(Objects::nonNull).filter(l -> l > 0).forEach(all::add);
        new TreeSet<>(more.stream().filter(Objects::nonNull).filter(l -> l > 0).toList()).forEach(all::add);
        return new ArrayList<>(all);
    }

    public static List<Integer> linesOf(Collection<TableRow> rows) {
        return rows.stream().flatMap(r -> r.lines().stream()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
