package budget.query.analysis;

import budget.model.BudgetKey;
import budget.model.BudgetKind;
import budget.events.published.PublishedRow;
import budget.events.published.PublishedTable;
import budget.model.TableType;
import budget.query.budgets.BudgetLine;
import budget.query.budgets.BudgetLines;
import budget.query.budgets.BudgetStore;
import budget.query.catalog.DepartmentCatalog;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Questions about code lines across budgets. The department catalog names the budgets a question is
 * about, so their line documents are fetched by id (one indexed lookup each, on any MongoDB server) with
 * only the wanted code projected, instead of being searched for; sums run as MongoDB aggregations.
 */
@Component
public class LineQueries {

    private static final String UNIT = "元";

    private final BudgetLines lines;
    private final BudgetStore budgets;
    private final DepartmentCatalog catalog;

    LineQueries(BudgetLines lines, BudgetStore budgets, DepartmentCatalog catalog) {
        this.lines = lines;
        this.budgets = budgets;
        this.catalog = catalog;
    }

    /** One department's line for a code in every year it has a budget. */
    public List<LineAmount> series(String departmentKey, BudgetKind kind, int table, String code) {
        List<String> budgetIds = years(departmentKey, kind).stream()
                .map(year -> new BudgetKey(departmentKey, kind, year).id()).toList();
        return lines.find(budgetIds, List.of(table), code).stream().map(LineQueries::amount)
                .sorted(Comparator.comparingInt(LineAmount::year)).toList();
    }

    /** Every department's line for a code in one year. */
    public List<LineAmount> across(int year, BudgetKind kind, int table, String code) {
        return lines.find(catalog.budgetIds(year, kind), List.of(table), code).stream().map(LineQueries::amount)
                .sorted(Comparator.comparing(LineAmount::departmentKey)).toList();
    }

    /** The departments with the largest amount in a column for a code in one year, largest first. */
    public List<LineAmount> top(int year, BudgetKind kind, int table, String code, String column, int n) {
        // ranked here: at most one line per department, and the embedded server orders Decimal128 inconsistently
        return across(year, kind, table, code).stream()
                .sorted(Comparator.comparing((LineAmount line) -> line.amounts().getOrDefault(column, BigDecimal.ZERO))
                        .reversed().thenComparing(LineAmount::departmentKey))
                .limit(n).toList();
    }

    /** A code's column summed over every department of one year, in MongoDB. */
    public CodeSum sum(int year, BudgetKind kind, int table, String code, String column) {
        BudgetLines.Sum sum = lines.sum(kind, year, table, code, column);
        return new CodeSum(year, table, code, column, sum.total(), sum.lines(), UNIT);
    }

    /** A department's budget split by 类 (the level-1 lines of table 3 or 8); empty for an unknown budget. */
    public Optional<List<LineAmount>> breakdown(BudgetKey key, int table) {
        return budgets.tables(List.of(key.id()), table).stream().findFirst()
                .map(found -> found.table().rows().stream().filter(row -> row.level() == 1)
                        .map(row -> amount(found, row)).toList());
    }

    /**
     * A department's budget by class at every level (类, 款, 项) of table 3 or 8, in the table's order, each
     * with its parent and its share of the table's 合计; empty for an unknown budget.
     */
    public Optional<List<ClassLine>> classes(BudgetKey key, int table) {
        return budgets.tables(List.of(key.id()), table).stream().findFirst().map(found -> {
            PublishedTable printed = found.table();
            BigDecimal total = printed.total(TableType.Columns.TOTAL).orElseGet(() -> printed.rows().stream()
                    .filter(row -> row.level() == 1).map(row -> printed.amount(row.amounts(), TableType.Columns.TOTAL))
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            return printed.rows().stream().map(row -> new ClassLine(row.code(), parentCode(row), row.level(), row.name(),
                    printed.byColumn(row.amounts()), share(printed.amount(row.amounts(), TableType.Columns.TOTAL), total),
                    UNIT)).toList();
        });
    }

    /** A code's line in every department's budget of every year, by department then year. */
    public List<LineAmount> everywhere(BudgetKind kind, int table, String code) {
        return lines.find(catalog.budgetIds(kind), List.of(table), code).stream().map(LineQueries::amount)
                .sorted(Comparator.comparing(LineAmount::departmentKey).thenComparingInt(LineAmount::year)).toList();
    }

    /** Every line of one table of a department in two years, paired by code, with the change per code. */
    public List<LineChange> changes(String departmentKey, BudgetKind kind, int table, String column, int from, int to) {
        Map<String, LineAmount[]> byCode = new TreeMap<>();
        List<String> ids = List.of(new BudgetKey(departmentKey, kind, from).id(), new BudgetKey(departmentKey, kind, to).id());
        for (BudgetStore.TableOfBudget found : budgets.tables(ids, table)) {
            for (PublishedRow row : found.table().rows()) {
                byCode.computeIfAbsent(row.code(), c -> new LineAmount[2])[found.year() == from ? 0 : 1] = amount(found, row);
            }
        }
        List<LineChange> changes = new ArrayList<>();
        byCode.forEach((code, pair) -> changes.add(change(code, pair[0], pair[1], column)));
        return changes;
    }

    /** The years present for a department, to tell "no such year" from "no change". */
    public List<Integer> years(String departmentKey, BudgetKind kind) {
        return catalog.years(departmentKey, kind);
    }

    private static String parentCode(PublishedRow row) {
        List<String> parts = row.codeParts();
        return parts.size() < 2 ? null : String.join("", parts.subList(0, parts.size() - 1));
    }

    private static BigDecimal share(BigDecimal amount, BigDecimal total) {
        return total.signum() == 0 ? null
                : amount.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
    }

    private static LineAmount amount(BudgetLine line) {
        return new LineAmount(line.departmentKey(), line.departmentPrinted(), line.year(), line.table(), line.code(),
                line.name(), line.amounts(), UNIT);
    }

    private static LineAmount amount(BudgetStore.TableOfBudget found, PublishedRow row) {
        return new LineAmount(found.departmentKey(), found.departmentPrinted(), found.year(), found.table().number(),
                row.code(), row.name(), found.table().byColumn(row.amounts()), UNIT);
    }

    private static LineChange change(String code, LineAmount from, LineAmount to, String column) {
        String name = to != null ? to.name() : from.name();
        if (from == null) {
            BigDecimal amount = to.amounts().getOrDefault(column, BigDecimal.ZERO);
            return new LineChange(code, name, "ONLY_TO", null, amount, amount, null, UNIT);
        }
        if (to == null) {
            BigDecimal amount = from.amounts().getOrDefault(column, BigDecimal.ZERO);
            return new LineChange(code, name, "ONLY_FROM", amount, null, amount.negate(), null, UNIT);
        }
        BigDecimal before = from.amounts().getOrDefault(column, BigDecimal.ZERO);
        BigDecimal after = to.amounts().getOrDefault(column, BigDecimal.ZERO);
        BigDecimal change = after.subtract(before);
        BigDecimal percent = before.signum() == 0 ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
        return new LineChange(code, name, "BOTH", before, after, change, percent, UNIT);
    }
}
