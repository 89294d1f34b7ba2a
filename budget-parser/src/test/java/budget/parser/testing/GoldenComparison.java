package budget.parser.testing;

import budget.model.BudgetTable;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.TableType.Columns;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Compares a parsed budget with a corpus golden, table by table, and lists every difference in words. Amounts
 * compare by value; a blank cell and a printed zero are the same amount.
 */
public final class GoldenComparison {

    private GoldenComparison() {
    }

    public static List<String> differences(JsonNode golden, ParsedBudget parsed) {
        List<String> out = new ArrayList<>();
        same(out, "departmentKey", golden.get("departmentKey").asString(), parsed.metadata().departmentKey());
        same(out, "year", golden.get("year").asInt(), parsed.metadata().year());
        same(out, "kind", golden.get("kind").asString(), parsed.metadata().kind().name());
        same(out, "level", golden.get("level").asString(), parsed.metadata().level().name());
        for (JsonNode table : golden.get("tables")) {
            int number = table.get("number").asInt();
            BudgetTable actual = parsed.table(number);
            String where = "T" + number;
            same(out, where + " status", table.get("status").asString(), actual.status().name());
            if (actual.status() == TableStatus.MISSING) {
                continue;
            }
            if (number == 1 || number == 4) {
                items(out, where, table, actual);
            } else if (number == 9) {
                cells(out, where, table, actual);
            } else {
                rows(out, where, table, actual);
            }
        }
        return out;
    }

    private static void rows(List<String> out, String where, JsonNode table, BudgetTable actual) {
        List<String> want = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            want.add(row.get("code").asString() + " " + row.get("name").asString() + " " + amounts(row.get("amounts"), null));
        }
        List<String> got = new ArrayList<>();
        for (TableRow row : actual.rows()) {
            got.add(row.code() + " " + row.name() + " " + amounts(row.amounts()));
        }
        sameList(out, where + " rows", want, got);
        if (table.has("totals")) {
            same(out, where + " 合计", amounts(table.get("totals"), null), amounts(actual.totals()));
        }
    }

    private static void items(List<String> out, String where, JsonNode table, BudgetTable actual) {
        boolean split = actual.columns().contains(Columns.TOTAL) && actual.number() == 1;
        List<String> want = new ArrayList<>();
        for (JsonNode item : table.path("items")) {
            String side = item.get("side").asString();
            // the golden writes a unit budget's expense 合计 under its spanning heading 预算数
            String rename = split && side.equals("EXPENSE") ? Columns.TOTAL : null;
            want.add(side + " " + item.get("role").asString() + " " + item.get("name").asString() + " "
                    + amounts(item.get("amounts"), rename));
        }
        List<String> got = new ArrayList<>();
        for (SummaryItem item : actual.items()) {
            got.add(item.side() + " " + item.role() + " " + item.name() + " " + amounts(item.amounts()));
        }
        sameList(out, where + " items", sorted(want), sorted(got));
    }

    private static void cells(List<String> out, String where, JsonNode table, BudgetTable actual) {
        Map<String, BigDecimal> want = new TreeMap<>();
        table.path("cells").properties().forEach(e -> put(want, e.getKey(), new BigDecimal(e.getValue().asString())));
        Map<String, BigDecimal> got = new TreeMap<>();
        for (NamedCell cell : actual.cells()) {
            put(got, cell.name(), cell.tenThousandYuan());
        }
        same(out, where + " cells", want.toString(), got.toString());
    }

    private static String amounts(JsonNode amounts, String budgetAs) {
        Map<String, BigDecimal> values = new TreeMap<>();
        if (amounts != null) {
            for (Map.Entry<String, JsonNode> e : amounts.properties()) {
                String column = budgetAs != null && e.getKey().equals(Columns.BUDGET) ? budgetAs : e.getKey();
                put(values, column, new BigDecimal(e.getValue().asString()));
            }
        }
        return values.toString();
    }

    private static String amounts(Map<String, BigDecimal> amounts) {
        Map<String, BigDecimal> values = new TreeMap<>();
        amounts.forEach((column, value) -> put(values, column, value));
        return values.toString();
    }

    /** Zero is left out: a blank cell and a printed 0.00 are the same amount. */
    private static void put(Map<String, BigDecimal> values, String column, BigDecimal value) {
        if (value != null && value.signum() != 0) {
            values.put(column, value.stripTrailingZeros());
        }
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }

    private static void same(List<String> out, String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            out.add(what + ": golden " + want + ", read " + got);
        }
    }

    private static void sameList(List<String> out, String what, List<String> want, List<String> got) {
        List<String> missing = new ArrayList<>(want);
        missing.removeAll(got);
        List<String> extra = new ArrayList<>(got);
        extra.removeAll(want);
        missing.forEach(m -> out.add(what + " missing: " + m));
        extra.forEach(e -> out.add(what + " not in golden: " + e));
        if (missing.isEmpty() && extra.isEmpty() && !want.equals(got)) {
            out.add(what + ": same rows in another order");
        }
    }
}
