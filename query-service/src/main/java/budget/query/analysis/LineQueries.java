package budget.query.analysis;

import budget.model.BudgetKind;
import budget.query.storage.Budgets;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Questions about code lines across budgets, answered by MongoDB pipelines over the flattened
 * {@code lines} of each record's current version: match the budgets, unwind their lines, match the code,
 * then project, sort or sum. Only the matching lines leave the database.
 */
@Component
public class LineQueries {

    private static final String UNIT = "元";

    private final Budgets budgets;

    LineQueries(Budgets budgets) {
        this.budgets = budgets;
    }

    /** One department's line for a code in every year it has a budget. */
    public List<LineAmount> series(String departmentKey, BudgetKind kind, int table, String code) {
        return lines(Filters.and(Filters.eq("departmentKey", departmentKey), Filters.eq("kind", kind.name())),
                table, code, Sorts.ascending("year"));
    }

    /** Every department's line for a code in one year. */
    public List<LineAmount> across(int year, BudgetKind kind, int table, String code) {
        return lines(Filters.and(Filters.eq("year", year), Filters.eq("kind", kind.name())), table, code,
                Sorts.ascending("departmentKey"));
    }

    /** The departments with the largest amount in a column for a code in one year, largest first. */
    public List<LineAmount> top(int year, BudgetKind kind, int table, String code, String column, int n) {
        List<LineAmount> all = across(year, kind, table, code);
        // sorted here, not in MongoDB: the embedded server orders Decimal128 inconsistently, and the set is
        // at most one line per department
        return all.stream()
                .sorted(Comparator.comparing((LineAmount line) -> line.amounts().getOrDefault(column, BigDecimal.ZERO))
                        .reversed().thenComparing(LineAmount::departmentKey))
                .limit(n).toList();
    }

    /** A code's column summed over every department of one year, in MongoDB. */
    public CodeSum sum(int year, BudgetKind kind, int table, String code, String column) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(Filters.eq("year", year), Filters.eq("kind", kind.name()),
                        Filters.eq("lines.code", code))),
                Aggregates.unwind("$lines"),
                Aggregates.match(Filters.and(Filters.eq("lines.table", table), Filters.eq("lines.code", code))),
                Aggregates.group(null, Accumulators.sum("total", "$lines.amounts." + column),
                        Accumulators.sum("departments", 1)));
        return budgets.aggregate(pipeline, d -> new CodeSum(year, table, code, column,
                        decimal(d.get("total")), d.getInteger("departments", 0), UNIT))
                .stream().findFirst()
                .orElse(new CodeSum(year, table, code, column, BigDecimal.ZERO, 0, UNIT));
    }

    /** A department's budget split by 类: table 3 by function class, table 8 by economic class. */
    public List<LineAmount> breakdown(String budgetId, int table) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.eq("_id", budgetId)),
                Aggregates.unwind("$lines"),
                Aggregates.match(Filters.and(Filters.eq("lines.table", table), Filters.eq("lines.level", 1))),
                Aggregates.project(lineProjection()));
        return budgets.aggregate(pipeline, LineQueries::lineAmount);
    }

    /** Every line of one table of a department in two years, paired by code, with the change per code. */
    public List<LineChange> changes(String departmentKey, BudgetKind kind, int table, String column, int from, int to) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(Filters.eq("departmentKey", departmentKey), Filters.eq("kind", kind.name()),
                        Filters.in("year", from, to))),
                Aggregates.unwind("$lines"),
                Aggregates.match(Filters.eq("lines.table", table)),
                Aggregates.project(lineProjection()));
        Map<String, LineAmount[]> byCode = new TreeMap<>();
        for (LineAmount line : budgets.aggregate(pipeline, LineQueries::lineAmount)) {
            byCode.computeIfAbsent(line.code(), c -> new LineAmount[2])[line.year() == from ? 0 : 1] = line;
        }
        List<LineChange> changes = new ArrayList<>();
        byCode.forEach((code, pair) -> changes.add(change(code, pair[0], pair[1], column)));
        return changes;
    }

    /** The years present for a department, to tell "no such year" from "no change". */
    public List<Integer> years(String departmentKey, BudgetKind kind) {
        return budgets.aggregate(List.of(
                        Aggregates.match(Filters.and(Filters.eq("departmentKey", departmentKey), Filters.eq("kind", kind.name()))),
                        Aggregates.project(Projections.include("year"))),
                d -> d.getInteger("year")).stream().sorted().toList();
    }

    private List<LineAmount> lines(Bson budgetFilter, int table, String code, Bson sort) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(budgetFilter, Filters.eq("lines.code", code))),
                Aggregates.unwind("$lines"),
                Aggregates.match(Filters.and(Filters.eq("lines.table", table), Filters.eq("lines.code", code))),
                Aggregates.project(lineProjection()),
                Aggregates.sort(sort));
        return budgets.aggregate(pipeline, LineQueries::lineAmount);
    }

    private static Bson lineProjection() {
        return Projections.fields(Projections.include("departmentKey", "departmentPrinted", "year"),
                Projections.computed("line", "$lines"));
    }

    @SuppressWarnings("unchecked")
    private static LineAmount lineAmount(Document d) {
        Document line = d.get("line", Document.class);
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        ((Map<String, Object>) line.get("amounts")).forEach((column, value) -> amounts.put(column, decimal(value)));
        return new LineAmount(d.getString("departmentKey"), d.getString("departmentPrinted"), d.getInteger("year"),
                line.getInteger("table"), line.getString("code"), line.getString("name"), amounts, UNIT);
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

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        return BigDecimal.ZERO;
    }
}
