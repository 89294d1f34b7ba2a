package budget.parser.table;

import budget.model.ThreePublicCells;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.SummaryItem;
import budget.model.TableType;
import budget.model.TableType.Columns;
import budget.parser.placement.PlacementSolver;
import budget.parser.placement.Slot;
import budget.parser.placement.SumConstraint;
import budget.parser.placement.ValueConstraint;
import budget.parser.text.Diagnostics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Places the amounts whose blank cells vanished, using only facts a correct budget obeys: parent = Σ children
 * within a table, a zero parent column means zero children, the same code carries the same split in tables 3 and
 * 5–7, table 2's 财政拨款收入 per code equals tables 5–7, table 2's totals equal table 1's income items, table 4's
 * fund columns equal the tables of each fund, and table 9 equals the narrative's 三公 figures. What stays open is
 * reported, never guessed silently.
 */
final class Placing {

    private static final List<TableType> FUND_TABLES = List.of(TableType.GENERAL_PUBLIC, TableType.GOVERNMENT_FUND,
            TableType.STATE_CAPITAL);

    private final TableDrafts drafts;
    private final PlacementSolver solver = new PlacementSolver();
    /** Whether the summary tables' rows take part (not while they are still to be read again). */
    private final boolean withSummaries;

    private Placing(TableDrafts drafts, boolean withSummaries) {
        this.drafts = drafts;
        this.withSummaries = withSummaries;
    }

    /**
     * Places the code tables' open rows by the identities among code tables only, reporting nothing: what a
     * summary table printed one cell per line is read again by ({@link SummaryStreamReading}), before its own rows,
     * possibly misread, may take part.
     */
    static void placeCodeTables(TableDrafts drafts) {
        Placing placing = new Placing(drafts, false);
        if (!placing.anythingToPlace()) {
            return;
        }
        placing.hierarchies();
        placing.sameCodeSameSplit();
        placing.incomeBySource();
        placing.solver.solve();
    }

    static void place(TableDrafts drafts, List<NarrativeFact> facts, Diagnostics diagnostics) {
        Placing placing = new Placing(drafts, true);
        if (!placing.anythingToPlace()) {
            return;
        }
        placing.hierarchies();
        placing.sameCodeSameSplit();
        placing.incomeBySource();
        placing.fundColumns();
        placing.summaryTotals();
        placing.threePublic(facts);
        placing.solver.solve();
        placing.report(diagnostics);
    }

    private boolean anythingToPlace() {
        for (TableType type : TableType.values()) {
            CodeTable code = drafts.code(type);
            if (code != null) {
                for (CodeRow row : code.rows()) {
                    if (!row.slot().determined()) {
                        return true;
                    }
                }
                if (code.total() != null && !code.total().slot().determined()) {
                    return true;
                }
            }
            SummaryTable summary = drafts.summary(type);
            if (summary != null) {
                for (SummaryRow row : summary.rows()) {
                    if (!row.slot().determined()) {
                        return true;
                    }
                }
            }
        }
        return drafts.threePublic() != null && drafts.threePublic().slot() != null
                && !drafts.threePublic().slot().determined();
    }

    /** 类 = Σ款, 款 = Σ项, 合计 = Σ类, within each code table. */
    private void hierarchies() {
        for (TableType type : TableType.values()) {
            CodeTable table = drafts.code(type);
            if (table == null) {
                continue;
            }
            Map<Slot, List<Slot>> children = new LinkedHashMap<>();
            Set<String> done = new HashSet<>();
            for (CodeRow row : table.rows()) {
                if (!done.add(row.code().full())) {
                    continue;
                }
                Code parentCode = row.code().parent();
                CodeRow parent = parentCode == null ? table.total() : table.row(parentCode.full());
                if (parent != null) {
                    children.computeIfAbsent(parent.slot(), k -> new ArrayList<>()).add(row.slot());
                }
            }
            children.forEach((parent, kids) -> solver.add(new SumConstraint(parent, kids)));
        }
    }

    /** Table 3 and tables 5–7: a code with the same 合计 has the same 基本支出 and 项目支出. */
    private void sameCodeSameSplit() {
        CodeTable expense = drafts.code(TableType.EXPENSE);
        if (expense == null) {
            return;
        }
        for (TableType fund : FUND_TABLES) {
            CodeTable other = drafts.code(fund);
            if (other != null) {
                link(expense, other);
                link(other, expense);
            }
        }
    }

    private void link(CodeTable target, CodeTable source) {
        int targetTotal = target.column(Columns.TOTAL);
        int sourceTotal = source.column(Columns.TOTAL);
        if (targetTotal < 0 || sourceTotal < 0) {
            return;
        }
        for (String column : List.of(Columns.BASIC, Columns.PROJECT)) {
            int t = target.column(column);
            int s = source.column(column);
            if (t < 0 || s < 0) {
                continue;
            }
            for (CodeRow row : target.rows()) {
                CodeRow same = source.row(row.code().full());
                if (same != null) {
                    solver.add(new ValueConstraint(row.slot(), t,
                            sameSplit(row.slot(), targetTotal, same.slot(), sourceTotal, s)));
                }
            }
            if (target.total() != null && source.total() != null) {
                solver.add(new ValueConstraint(target.total().slot(), t,
                        sameSplit(target.total().slot(), targetTotal, source.total().slot(), sourceTotal, s)));
            }
        }
    }

    private static Supplier<BigDecimal> sameSplit(Slot target, int targetTotal, Slot source, int sourceTotal, int column) {
        return () -> {
            BigDecimal mine = target.agreed(targetTotal);
            BigDecimal theirs = source.agreed(sourceTotal);
            return mine != null && theirs != null && mine.compareTo(theirs) == 0 ? source.agreed(column) : null;
        };
    }

    /** Table 2: 财政拨款收入 per code = Σ 合计 of tables 5–7; its 合计 row's sources = table 1's income items. */
    private void incomeBySource() {
        CodeTable income = drafts.code(TableType.INCOME);
        if (income == null) {
            return;
        }
        int fiscal = income.column(Columns.FISCAL_APPROPRIATION);
        boolean fundsKnown = FUND_TABLES.stream().allMatch(t -> drafts.frame(t) != null)
                && drafts.code(TableType.GENERAL_PUBLIC) != null;
        if (fiscal >= 0 && fundsKnown) {
            for (CodeRow row : income.rows()) {
                String code = row.code().full();
                solver.add(new ValueConstraint(row.slot(), fiscal, () -> fundSum(t -> t.row(code), false)));
            }
            if (income.total() != null) {
                solver.add(new ValueConstraint(income.total().slot(), fiscal, () -> fundSum(CodeTable::total, true)));
            }
        }
        SummaryTable summary = drafts.summary(TableType.FINANCIAL_SUMMARY);
        if (!withSummaries || summary == null || income.total() == null) {
            return;
        }
        for (String column : List.of(Columns.FISCAL_APPROPRIATION, Columns.BUSINESS_INCOME, Columns.OPERATING_INCOME,
                Columns.OTHER_INCOME)) {
            int index = income.column(column);
            SummaryRow item = summary.row(SummaryItem.Side.INCOME, column);
            if (index >= 0 && item != null) {
                solver.add(new ValueConstraint(income.total().slot(), index, () -> item.slot().agreed(0)));
            }
        }
    }

    /**
     * The sum over tables 5–7 of the 合计 of the picked row; a table without the row adds nothing, except that a
     * missing 合计 row of a table that has rows leaves the sum unknown.
     */
    private BigDecimal fundSum(Function<CodeTable, CodeRow> pick, boolean totals) {
        BigDecimal sum = BigDecimal.ZERO;
        for (TableType fund : FUND_TABLES) {
            CodeTable table = drafts.code(fund);
            if (table == null) {
                continue;
            }
            CodeRow row = pick.apply(table);
            if (row == null) {
                if (totals && !table.rows().isEmpty()) {
                    return null;
                }
                continue;
            }
            int total = table.column(Columns.TOTAL);
            BigDecimal value = total < 0 ? null : row.slot().agreed(total);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    /** Table 4's 一般公共预算 / 政府性基金预算 / 国有资本经营预算 per 类 equal tables 5 / 6 / 7. */
    private void fundColumns() {
        SummaryTable fiscal = drafts.summary(TableType.FISCAL_SUMMARY);
        if (fiscal == null) {
            return;
        }
        List<String> columns = List.of(Columns.GENERAL_PUBLIC, Columns.GOVERNMENT_FUND, Columns.STATE_CAPITAL);
        for (SummaryRow row : fiscal.rows()) {
            if (row.side() != SummaryItem.Side.EXPENSE || row.slot().determined()) {
                continue;
            }
            for (int f = 0; f < FUND_TABLES.size(); f++) {
                int index = row.column(columns.get(f));
                CodeTable table = drafts.code(FUND_TABLES.get(f));
                if (index < 0 || (table == null && drafts.frame(FUND_TABLES.get(f)) == null)) {
                    continue;
                }
                solver.add(new ValueConstraint(row.slot(), index, () -> fundValue(table, row)));
            }
        }
    }

    private static BigDecimal fundValue(CodeTable table, SummaryRow row) {
        if (table == null) {
            return BigDecimal.ZERO; // the fund's table is printed without rows
        }
        int total = table.column(Columns.TOTAL);
        if (total < 0) {
            return null;
        }
        if (row.role() == SummaryItem.Role.TOTAL) {
            return table.total() != null ? table.total().slot().agreed(total)
                    : table.rows().isEmpty() ? BigDecimal.ZERO : null;
        }
        for (CodeRow candidate : table.rows()) {
            if (candidate.code().level() == 1 && row.name().equals(candidate.name())) {
                return candidate.slot().agreed(total);
            }
        }
        for (CodeRow candidate : table.rows()) {
            if (candidate.code().level() == 1 && candidate.name() == null) {
                return null; // an unnamed 类 might be this one
            }
        }
        return BigDecimal.ZERO;
    }

    /** In tables 1 and 4, 支出总计 = Σ expense items and 收入总计 = Σ income items, column by column. */
    private void summaryTotals() {
        for (TableType type : List.of(TableType.FINANCIAL_SUMMARY, TableType.FISCAL_SUMMARY)) {
            SummaryTable table = drafts.summary(type);
            if (table == null) {
                continue;
            }
            for (SummaryItem.Side side : SummaryItem.Side.values()) {
                SummaryRow total = null;
                List<Slot> items = new ArrayList<>();
                for (SummaryRow row : table.rows()) {
                    if (row.side() != side) {
                        continue;
                    }
                    if (row.role() == SummaryItem.Role.TOTAL && total == null) {
                        total = row;
                    } else if (row.role() == SummaryItem.Role.ITEM) {
                        items.add(row.slot());
                    }
                }
                if (total != null && !items.isEmpty()) {
                    solver.add(new SumConstraint(total.slot(), items));
                }
            }
        }
    }

    /** Table 9's cells equal the narrative's 三公 and 机关运行经费 figures. */
    private void threePublic(List<NarrativeFact> facts) {
        ThreePublicTable table = drafts.threePublic();
        if (table == null || table.slot() == null || table.slot().determined()) {
            return;
        }
        Map<String, FactKind> kinds = Map.of(ThreePublicCells.TOTAL, FactKind.THREE_PUBLIC_TOTAL,
                ThreePublicCells.ABROAD, FactKind.THREE_PUBLIC_ABROAD, ThreePublicCells.RECEPTION,
                FactKind.THREE_PUBLIC_RECEPTION, ThreePublicCells.VEHICLE_TOTAL, FactKind.THREE_PUBLIC_VEHICLE_TOTAL,
                ThreePublicCells.VEHICLE_PURCHASE, FactKind.THREE_PUBLIC_VEHICLE_PURCHASE,
                ThreePublicCells.VEHICLE_RUNNING, FactKind.THREE_PUBLIC_VEHICLE_RUNNING, ThreePublicCells.OPERATING_EXPENSES,
                FactKind.OPERATING_EXPENSES);
        String unit = table.frame().unit();
        for (int c = 0; c < table.names().size(); c++) {
            FactKind kind = kinds.get(table.names().get(c));
            NarrativeFact fact = facts.stream().filter(f -> f.kind() == kind).findFirst().orElse(null);
            if (fact != null && "万元".equals(fact.amount().unit())) {
                BigDecimal value = "元".equals(unit) ? fact.amount().value().movePointRight(4) : fact.amount().value();
                solver.add(new ValueConstraint(table.slot(), c, () -> value));
            }
        }
    }

    private void report(Diagnostics diagnostics) {
        for (TableType type : TableType.values()) {
            CodeTable code = drafts.code(type);
            if (code != null) {
                for (CodeRow row : code.rows()) {
                    reportOpen(row.slot(), row.lines().get(0), type, code.columns(), diagnostics);
                }
                if (code.total() != null) {
                    reportOpen(code.total().slot(), code.total().lines().get(0), type, code.columns(), diagnostics);
                }
            }
            SummaryTable summary = drafts.summary(type);
            if (summary != null) {
                for (SummaryRow row : summary.rows()) {
                    reportOpen(row.slot(), row.line(), type, row.columns(), diagnostics);
                }
            }
        }
        ThreePublicTable table = drafts.threePublic();
        if (table != null && table.slot() != null) {
            reportOpen(table.slot(), table.line(), TableType.THREE_PUBLIC, table.names(), diagnostics);
        }
    }

    private static void reportOpen(Slot slot, int line, TableType type, List<String> columns, Diagnostics diagnostics) {
        if (slot.determined()) {
            return;
        }
        StringBuilder ways = new StringBuilder();
        for (int o = 0; o < slot.options().size() && o < 4; o++) {
            ways.append(o == 0 ? "" : " | ").append(describe(slot.options().get(o), columns));
        }
        if (slot.options().size() > 4) {
            ways.append(" | …");
        }
        diagnostics.row(line, type.number(), slot.label(), "blank cells vanished and the identities leave "
                + slot.options().size() + " placements of row " + slot.label() + " open: " + ways
                + "; read as the first");
    }

    private static String describe(BigDecimal[] option, List<String> columns) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < option.length; c++) {
            if (option[c].signum() != 0) {
                text.append(text.length() == 0 ? "" : ", ").append(c < columns.size() ? columns.get(c) : "#" + c)
                        .append('=').append(option[c].toPlainString());
            }
        }
        return text.length() == 0 ? "all zero" : text.toString();
    }
}
