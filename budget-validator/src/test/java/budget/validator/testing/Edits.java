package budget.validator.testing;

import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.FactKind;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.PrintedAmount;
import budget.model.ProseMark;
import budget.model.RowPlacement;
import budget.model.SummaryItem;
import budget.model.TableRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Copies of a budget with one thing changed: the records are immutable, so each edit rebuilds the path to it. */
public final class Edits {

    private Edits() {
    }

    public static ParsedBudget table(ParsedBudget budget, int number, UnaryOperator<BudgetTable> change) {
        List<BudgetTable> tables = new ArrayList<>();
        boolean found = false;
        for (BudgetTable table : budget.tables()) {
            if (table.number() == number) {
                tables.add(change.apply(table));
                found = true;
            } else {
                tables.add(table);
            }
        }
        if (!found) {
            tables.add(change.apply(budget.table(number)));
        }
        return new ParsedBudget(budget.metadata(), tables, budget.facts(), budget.diagnostics(), budget.marks());
    }

    public static ParsedBudget withoutTable(ParsedBudget budget, int number) {
        return new ParsedBudget(budget.metadata(), budget.tables().stream().filter(t -> t.number() != number).toList(),
                budget.facts(), budget.diagnostics());
    }

    /** The amount of the row with {@code code} in one column. */
    public static ParsedBudget rowAmount(ParsedBudget budget, int table, String code, String column, String value) {
        return rows(budget, table, rows -> rows.stream()
                .map(r -> r.code().equals(code) ? withAmount(r, column, new BigDecimal(value)) : r).toList());
    }

    /** Adds {@code delta} to the row with {@code code} in each of the columns. */
    public static ParsedBudget addToRow(ParsedBudget budget, int table, String code, String delta, String... columns) {
        return rows(budget, table, rows -> rows.stream().map(r -> {
            if (!r.code().equals(code)) {
                return r;
            }
            TableRow changed = r;
            for (String column : columns) {
                changed = withAmount(changed, column, changed.amount(column).add(new BigDecimal(delta)));
            }
            return changed;
        }).toList());
    }

    /** Adds {@code delta} to the 合计 row in each of the columns. */
    public static ParsedBudget addToTotal(ParsedBudget budget, int table, String delta, String... columns) {
        return table(budget, table, t -> {
            Map<String, BigDecimal> totals = new LinkedHashMap<>(t.totals());
            for (String column : columns) {
                totals.put(column, totals.getOrDefault(column, BigDecimal.ZERO).add(new BigDecimal(delta)));
            }
            return new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(), t.headerYear(), t.unit(),
                    t.columns(), t.rows(), totals, t.totalLine(), t.items(), t.cells(), t.lines());
        });
    }

    /** Adds {@code delta} to the summary item whose label contains {@code labelPart}, in each of the columns. */
    public static ParsedBudget addToItem(ParsedBudget budget, int table, SummaryItem.Side side, String labelPart,
                                         String delta, String... columns) {
        return table(budget, table, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(),
                t.items().stream().map(i -> {
                    if (i.side() != side || !i.label().contains(labelPart)) {
                        return i;
                    }
                    SummaryItem changed = i;
                    for (String column : columns) {
                        changed = withAmount(changed, column, changed.amount(column).add(new BigDecimal(delta)));
                    }
                    return changed;
                }).toList(), t.cells(), t.lines()));
    }

    /** The amount of the row at {@code index} (as printed, duplicates included) in one column. */
    public static ParsedBudget rowAmountAt(ParsedBudget budget, int table, int index, String column, BigDecimal value) {
        return rows(budget, table, rows -> {
            List<TableRow> changed = new ArrayList<>(rows);
            changed.set(index, withAmount(rows.get(index), column, value));
            return changed;
        });
    }

    public static ParsedBudget withoutRow(ParsedBudget budget, int table, String code) {
        return rows(budget, table, rows -> rows.stream().filter(r -> !r.code().equals(code)).toList());
    }

    public static ParsedBudget addRow(ParsedBudget budget, int table, TableRow row) {
        return rows(budget, table, rows -> {
            List<TableRow> more = new ArrayList<>(rows);
            more.add(row);
            return more;
        });
    }

    public static ParsedBudget rowPlacement(ParsedBudget budget, int table, String code, RowPlacement placement) {
        return rows(budget, table, rows -> rows.stream().map(r -> r.code().equals(code)
                ? new TableRow(r.code(), r.codeParts(), r.name(), r.nameFilled(), r.amounts(), r.lines(), placement)
                : r).toList());
    }

    public static ParsedBudget total(ParsedBudget budget, int table, String column, String value) {
        return table(budget, table, t -> {
            Map<String, BigDecimal> totals = new LinkedHashMap<>(t.totals());
            totals.put(column, new BigDecimal(value));
            return new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(), t.headerYear(), t.unit(),
                    t.columns(), t.rows(), totals, t.totalLine(), t.items(), t.cells(), t.lines());
        });
    }

    /** The amount of the summary item whose label contains {@code labelPart} on one side. */
    public static ParsedBudget itemAmount(ParsedBudget budget, int table, SummaryItem.Side side, String labelPart,
                                         String column, String value) {
        return table(budget, table, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(),
                t.items().stream().map(i -> i.side() == side && i.label().contains(labelPart)
                        ? withAmount(i, column, new BigDecimal(value)) : i).toList(), t.cells(), t.lines()));
    }

    /** The summary item whose label contains {@code labelPart} on one side, printed as {@code label}. */
    public static ParsedBudget itemLabel(ParsedBudget budget, int table, SummaryItem.Side side, String labelPart,
                                         String label) {
        return table(budget, table, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(),
                t.items().stream().map(i -> i.side() == side && i.label().contains(labelPart)
                        ? new SummaryItem(i.side(), i.role(), label, label.replaceFirst("^[一二三四五六七八九十]+、", ""),
                        i.amounts(), i.line()) : i).toList(), t.cells(), t.lines()));
    }

    /** The name of the row with {@code code}. */
    public static ParsedBudget rowName(ParsedBudget budget, int table, String code, String name) {
        return rows(budget, table, rows -> rows.stream().map(r -> r.code().equals(code)
                ? new TableRow(r.code(), r.codeParts(), name, r.nameFilled(), r.amounts(), r.lines(), r.placement())
                : r).toList());
    }

    public static ParsedBudget withoutItem(ParsedBudget budget, int table, SummaryItem.Side side, String labelPart) {
        return table(budget, table, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(),
                t.items().stream().filter(i -> !(i.side() == side && i.label().contains(labelPart))).toList(),
                t.cells(), t.lines()));
    }

    /** A table 9 cell, printed as {@code printed} 万元. */
    public static ParsedBudget cell(ParsedBudget budget, String name, String printed) {
        return table(budget, 9, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(), t.items(),
                t.cells().stream().map(c -> c.name().equals(name) ? new NamedCell(c.name(), c.label(), printed,
                        new BigDecimal(printed), new BigDecimal(printed).movePointRight(4), c.line()) : c).toList(),
                t.lines()));
    }

    public static ParsedBudget cellLabel(ParsedBudget budget, String name, String label) {
        return table(budget, 9, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(), t.items(),
                t.cells().stream().map(c -> c.name().equals(name) ? new NamedCell(c.name(), label, c.printed(),
                        c.tenThousandYuan(), c.yuan(), c.line()) : c).toList(), t.lines()));
    }

    /** The printed amount of the facts of a kind (whose label contains {@code labelPart}, if given). */
    public static ParsedBudget fact(ParsedBudget budget, FactKind kind, String labelPart, String printed, String unit) {
        return facts(budget, facts -> facts.stream().map(f -> f.kind() == kind
                && (labelPart == null || (f.label() != null && f.label().contains(labelPart)))
                ? new NarrativeFact(f.kind(), f.label(), PrintedAmount.of(printed, unit), f.change(), f.comparedYear(),
                f.line(), f.box(), f.previous(), f.percent(), f.basis()) : f).toList());
    }

    public static ParsedBudget fact(ParsedBudget budget, FactKind kind, String labelPart, String printed) {
        return fact(budget, kind, labelPart, printed, "万元");
    }

    public static ParsedBudget factLabel(ParsedBudget budget, FactKind kind, String labelPart, String label) {
        return facts(budget, facts -> facts.stream().map(f -> f.kind() == kind && f.label().contains(labelPart)
                ? new NarrativeFact(f.kind(), label, f.amount(), f.change(), f.comparedYear(), f.line(), f.box(),
                f.previous(), f.percent(), f.basis()) : f).toList());
    }

    public static ParsedBudget addFact(ParsedBudget budget, NarrativeFact fact) {
        return facts(budget, facts -> {
            List<NarrativeFact> more = new ArrayList<>(facts);
            more.add(fact);
            return more;
        });
    }

    public static ParsedBudget withoutFacts(ParsedBudget budget, Predicate<NarrativeFact> which) {
        return facts(budget, facts -> facts.stream().filter(which.negate()).toList());
    }

    public static ParsedBudget addMark(ParsedBudget budget, ProseMark mark) {
        List<ProseMark> marks = new ArrayList<>(budget.marks());
        marks.add(mark);
        return new ParsedBudget(budget.metadata(), budget.tables(), budget.facts(), budget.diagnostics(), marks);
    }

    public static ParsedBudget metadata(ParsedBudget budget, UnaryOperator<BudgetMetadata> change) {
        return new ParsedBudget(change.apply(budget.metadata()), budget.tables(), budget.facts(), budget.diagnostics(),
                budget.marks());
    }

    public static ParsedBudget diagnostics(ParsedBudget budget, List<ParseDiagnostic> diagnostics) {
        return new ParsedBudget(budget.metadata(), budget.tables(), budget.facts(), diagnostics, budget.marks());
    }

    public static ParsedBudget tableHeader(ParsedBudget budget, int number, String title, String preparedBy,
                                           Integer headerYear) {
        return table(budget, number, t -> new BudgetTable(t.number(), title, t.status(), t.note(), preparedBy, headerYear,
                t.unit(), t.columns(), t.rows(), t.totals(), t.totalLine(), t.items(), t.cells(), t.lines()));
    }

    public static ParsedBudget rows(ParsedBudget budget, int table, UnaryOperator<List<TableRow>> change) {
        return table(budget, table, t -> new BudgetTable(t.number(), t.title(), t.status(), t.note(), t.preparedBy(),
                t.headerYear(), t.unit(), t.columns(), change.apply(t.rows()), t.totals(), t.totalLine(), t.items(),
                t.cells(), t.lines()));
    }

    private static ParsedBudget facts(ParsedBudget budget, UnaryOperator<List<NarrativeFact>> change) {
        return new ParsedBudget(budget.metadata(), budget.tables(), change.apply(budget.facts()), budget.diagnostics(),
                budget.marks());
    }

    private static TableRow withAmount(TableRow row, String column, BigDecimal value) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>(row.amounts());
        amounts.put(column, value);
        return new TableRow(row.code(), row.codeParts(), row.name(), row.nameFilled(), amounts, row.lines(),
                row.placement());
    }

    private static SummaryItem withAmount(SummaryItem item, String column, BigDecimal value) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>(item.amounts());
        amounts.put(column, value);
        return new SummaryItem(item.side(), item.role(), item.label(), item.name(), amounts, item.line());
    }
}
