package budget.validator.tables;

import budget.model.RowIdentity;
import budget.model.SummaryItem;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.Amounts;
import budget.validator.engine.BudgetView;
import budget.validator.engine.ClassMatch;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Findings;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SummaryTable;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table 1 of a unit budget splits each expense line: 合计 = 人员经费 + 公用经费 (together 基本支出) + 项目支出. The split
 * must add up in every row and in every column, and agree with the tables that print the same money: table 3's
 * 基本支出 and 项目支出 per 类, and table 8's 人员经费 and 公用经费 in total. A department budget's table 1 prints no
 * split, and none of these rules applies to it.
 */
public final class ExpenseSplitRules implements RuleSet {

    public static final RuleDescription ROW_PARTS = RuleDescription.error("T1.ROW.TOTAL_EQ_SUM_PARTS",
            "表1（单位预算）：每个支出行合计 = 人员经费 + 公用经费 + 项目支出",
            "Table 1 (unit budget): each expense row's 合计 = 人员经费 + 公用经费 + 项目支出");
    public static final RuleDescription COLUMN_TOTALS = RuleDescription.error("T1.EXPENSE.SPLIT_TOTAL_EQ_SUM_ITEMS",
            "表1（单位预算）：支出总计的人员经费、公用经费、项目支出各列 = 各支出类之和",
            "Table 1 (unit budget): 支出总计's 人员经费, 公用经费 and 项目支出 = the sums of the expense 类 items");
    public static final RuleDescription T3_SPLIT = RuleDescription.error("CROSS.T1_T3.EXPENSE_SPLIT",
            "表1（单位预算）各支出类及支出总计的人员经费 + 公用经费 = 表3基本支出，项目支出 = 表3项目支出",
            "Table 1 (unit budget): per 类 and in total, 人员经费 + 公用经费 = table 3's 基本支出 and 项目支出 = table 3's 项目支出");
    public static final RuleDescription T8_SPLIT = RuleDescription.error("CROSS.T1_T8.BASIC_SPLIT",
            "表1（单位预算）支出总计的人员经费、公用经费 = 表8合计行的人员经费、公用经费",
            "Table 1 (unit budget): 支出总计's 人员经费 and 公用经费 = table 8's 人员经费 and 公用经费 totals");

    private static final List<String> PARTS = RowIdentity.UNIT_SPLIT.parts();

    @Override
    public List<RuleDescription> rules() {
        return List.of(ROW_PARTS, COLUMN_TOTALS, T3_SPLIT, T8_SPLIT);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        SummaryTable t1 = budget.summary(1);
        if (!t1.present() || !budget.table(1).columns().containsAll(PARTS)) {
            return;
        }
        List<SummaryItem> rows = new ArrayList<>(t1.items(Side.EXPENSE, Role.ITEM));
        Optional<SummaryItem> total = t1.total(Side.EXPENSE);
        total.ifPresent(rows::add);
        rowParts(rows, findings);
        total.ifPresent(t -> columnTotals(t1, t, findings));
        CodeTree t3 = budget.codeTree(3);
        if (t3.present()) {
            againstTable3(t1, total, t3, List.of(t3, budget.codeTree(2), budget.codeTree(5)), findings);
        }
        CodeTree t8 = budget.codeTree(8);
        if (t8.present() && t8.hasTotals() && total.isPresent()) {
            againstTable8(total.get(), t8, findings);
        }
    }

    private static void rowParts(List<SummaryItem> rows, Findings findings) {
        findings.checked(ROW_PARTS);
        for (SummaryItem row : rows) {
            BigDecimal expected = Amounts.sum(PARTS, row::amount);
            BigDecimal actual = SummaryTable.budget(row);
            if (!Amounts.same(expected, actual)) {
                String name = SummaryTable.nameOf(row);
                findings.report(ROW_PARTS, Where.item(1, row, Columns.TOTAL, List.of()),
                        "表1 " + name + " 合计为 " + Amounts.format(actual) + "，而人员经费、公用经费、项目支出之和为 "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 1, " + name + ": 合计 printed " + Amounts.format(actual)
                                + " but 人员经费 + 公用经费 + 项目支出 = " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void columnTotals(SummaryTable t1, SummaryItem total, Findings findings) {
        findings.checked(COLUMN_TOTALS);
        List<SummaryItem> items = t1.items(Side.EXPENSE, Role.ITEM);
        for (String column : PARTS) {
            BigDecimal expected = Amounts.sum(items, item -> item.amount(column));
            BigDecimal actual = total.amount(column);
            if (!Amounts.same(expected, actual)) {
                findings.report(COLUMN_TOTALS, Where.item(1, total, column, items.stream().map(SummaryItem::line).toList()),
                        "表1 支出总计「" + column + "」列为 " + Amounts.format(actual) + "，各支出类之和为 "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 1, 支出总计, column " + column + ": printed " + Amounts.format(actual)
                                + ", the expense items sum to " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void againstTable3(SummaryTable t1, Optional<SummaryItem> total, CodeTree t3, List<CodeTree> namers,
                                      Findings findings) {
        findings.checked(T3_SPLIT);
        List<TableRow> classRows = t3.topLevel().stream().filter(r -> r.code().length() == 3).toList();
        for (ClassMatch match : ClassMatch.pair(t1.items(Side.EXPENSE, Role.ITEM), classRows,
                row -> CodeTree.nameOf(row.code(), namers))) {
            if (match.item() != null && match.row() != null) {
                split(match.item(), match.row().amount(Columns.BASIC), match.row().amount(Columns.PROJECT),
                        "表3类 " + match.row().code(), "table 3's 类 " + match.row().code(), match.row().code(),
                        match.row().lines(), findings);
            }
        }
        if (total.isPresent() && t3.hasTotals()) {
            List<Integer> lines = t3.table().totalLine() == null ? List.of() : List.of(t3.table().totalLine());
            split(total.get(), t3.total(Columns.BASIC), t3.total(Columns.PROJECT), "表3合计", "table 3's 合计", null,
                    lines, findings);
        }
    }

    private static void split(SummaryItem item, BigDecimal basic, BigDecimal project, String otherZh, String otherEn,
                              String code, List<Integer> otherLines, Findings findings) {
        String name = SummaryTable.nameOf(item);
        BigDecimal ownBasic = item.amount(Columns.PERSONNEL).add(item.amount(Columns.PUBLIC_USE));
        List<Integer> lines = new ArrayList<>(List.of(item.line()));
        lines.addAll(otherLines);
        if (!Amounts.same(basic, ownBasic)) {
            findings.report(T3_SPLIT, new FindingLocation(1, code, name, Columns.BASIC, Where.lines(List.of(item.line()), lines)),
                    "表1 " + name + " 人员经费 + 公用经费为 " + Amounts.format(ownBasic) + "，" + otherZh + "基本支出为 "
                            + Amounts.format(basic) + "，相差 " + Amounts.signed(ownBasic.subtract(basic)) + " 元。",
                    "Table 1, " + name + ": 人员经费 + 公用经费 = " + Amounts.format(ownBasic) + ", but " + otherEn
                            + " 基本支出 is " + Amounts.format(basic) + " (difference "
                            + Amounts.signed(ownBasic.subtract(basic)) + " yuan).",
                    Amounts.yuan(basic), Amounts.yuan(ownBasic), Amounts.YUAN);
        }
        BigDecimal ownProject = item.amount(Columns.PROJECT);
        if (!Amounts.same(project, ownProject)) {
            findings.report(T3_SPLIT, new FindingLocation(1, code, name, Columns.PROJECT, Where.lines(List.of(item.line()), lines)),
                    "表1 " + name + " 项目支出为 " + Amounts.format(ownProject) + "，" + otherZh + "项目支出为 "
                            + Amounts.format(project) + "，相差 " + Amounts.signed(ownProject.subtract(project)) + " 元。",
                    "Table 1, " + name + ": 项目支出 " + Amounts.format(ownProject) + ", but " + otherEn + " 项目支出 is "
                            + Amounts.format(project) + " (difference " + Amounts.signed(ownProject.subtract(project))
                            + " yuan).",
                    Amounts.yuan(project), Amounts.yuan(ownProject), Amounts.YUAN);
        }
    }

    private static void againstTable8(SummaryItem total, CodeTree t8, Findings findings) {
        findings.checked(T8_SPLIT);
        List<Integer> lines = t8.table().totalLine() == null ? List.of() : List.of(t8.table().totalLine());
        for (String column : List.of(Columns.PERSONNEL, Columns.PUBLIC_USE)) {
            BigDecimal expected = t8.total(column);
            BigDecimal actual = total.amount(column);
            if (!Amounts.same(expected, actual)) {
                findings.report(T8_SPLIT, Where.item(1, total, column, lines),
                        "表1 支出总计「" + column + "」为 " + Amounts.format(actual) + "，表8合计行「" + column + "」为 "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 1, 支出总计, " + column + ": " + Amounts.format(actual) + ", but table 8's 合计 row, "
                                + column + " is " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }
}
