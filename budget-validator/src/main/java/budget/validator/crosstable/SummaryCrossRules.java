package budget.validator.crosstable;

import budget.model.SummaryItem;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.model.validation.FindingLocation;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.ClassMatch;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Findings;
import budget.validator.engine.Fund;
import budget.validator.engine.IncomeKind;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SummaryTable;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Identities between the summary tables (1, 4) and the code tables: table 1's totals, income items and
 * expense 类 against tables 2 and 3; table 4's income against table 1's 财政拨款收入; table 4's fund columns
 * against tables 5, 6 and 7, per 类 and in total.
 */
public final class SummaryCrossRules implements RuleSet {

    public static final RuleDescription T1_T2_INCOME_TOTAL = RuleDescription.error("CROSS.T1_T2.INCOME_TOTAL",
            "表1收入总计 = 表2合计", "Table 1's 收入总计 = table 2's 合计");
    public static final RuleDescription T1_T2_INCOME_ITEMS = RuleDescription.error("CROSS.T1_T2.INCOME_ITEMS",
            "表1各收入项目 = 表2合计行对应列（财政拨款收入、事业收入、事业单位经营收入、其他收入）",
            "Table 1's income items = the columns of table 2's 合计 row");
    public static final RuleDescription T1_T3_EXPENSE_TOTAL = RuleDescription.error("CROSS.T1_T3.EXPENSE_TOTAL",
            "表1支出总计 = 表3合计", "Table 1's 支出总计 = table 3's 合计");
    public static final RuleDescription T1_T3_EXPENSE_CLASSES = RuleDescription.error("CROSS.T1_T3.EXPENSE_CLASSES",
            "表1各支出类 = 表3同名类合计", "Table 1's expense 类 items = table 3's 类 rows of the same name");
    public static final RuleDescription T1_T4_FISCAL_INCOME = RuleDescription.error("CROSS.T1_T4.FISCAL_INCOME",
            "表4收入总计 = 表1财政拨款收入", "Table 4's 收入总计 = table 1's 财政拨款收入");
    public static final RuleDescription T1_T4_FISCAL_SUB_ITEMS = RuleDescription.error("CROSS.T1_T4.FISCAL_SUB_ITEMS",
            "表4各财政拨款收入项目 = 表1财政拨款收入的对应分项",
            "Table 4's income sources = the matching sub-items of table 1's 财政拨款收入");
    public static final RuleDescription T4_T5_CLASSES = RuleDescription.error("CROSS.T4_T5.CLASSES",
            "表4一般公共预算列各类 = 表5同名类合计",
            "Table 4's 一般公共预算 column per 类 = table 5's 类 rows of the same name");
    public static final RuleDescription T4_T5_TOTAL = RuleDescription.error("CROSS.T4_T5.TOTAL",
            "表4一般公共预算列支出总计 = 表5合计", "Table 4's 一般公共预算 支出总计 = table 5's 合计");
    public static final RuleDescription T4_T6_FUND = RuleDescription.error("CROSS.T4_T6.FUND",
            "表4政府性基金预算列（各类及总计）= 表6", "Table 4's 政府性基金预算 column (per 类 and total) = table 6");
    public static final RuleDescription T4_T7_FUND = RuleDescription.error("CROSS.T4_T7.FUND",
            "表4国有资本经营预算列（各类及总计）= 表7", "Table 4's 国有资本经营预算 column (per 类 and total) = table 7");

    @Override
    public List<RuleDescription> rules() {
        return List.of(T1_T2_INCOME_TOTAL, T1_T2_INCOME_ITEMS, T1_T3_EXPENSE_TOTAL, T1_T3_EXPENSE_CLASSES,
                T1_T4_FISCAL_INCOME, T1_T4_FISCAL_SUB_ITEMS, T4_T5_CLASSES, T4_T5_TOTAL, T4_T6_FUND, T4_T7_FUND);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        SummaryTable t1 = budget.summary(1);
        SummaryTable t4 = budget.summary(4);
        CodeTree t2 = budget.codeTree(2);
        CodeTree t3 = budget.codeTree(3);
        List<CodeTree> namers = List.of(t3, t2, budget.codeTree(5));
        if (t1.present() && t2.present()) {
            sideTotal(t1, Side.INCOME, t2, T1_T2_INCOME_TOTAL, findings);
            incomeItems(t1, t2, findings);
        }
        if (t1.present() && t3.present()) {
            sideTotal(t1, Side.EXPENSE, t3, T1_T3_EXPENSE_TOTAL, findings);
            classes(t1, SummaryTable::budget, null, t3, namers, T1_T3_EXPENSE_CLASSES, findings);
        }
        if (t1.present() && t4.present()) {
            fiscalIncome(t1, t4, findings);
            fiscalSubItems(t1, t4, findings);
        }
        if (t4.present()) {
            fundColumn(t4, Fund.GENERAL_PUBLIC, budget.codeTree(5), namers, T4_T5_CLASSES, T4_T5_TOTAL, findings);
            fundColumn(t4, Fund.GOVERNMENT_FUND, budget.codeTree(6), namers, T4_T6_FUND, T4_T6_FUND, findings);
            fundColumn(t4, Fund.STATE_CAPITAL, budget.codeTree(7), namers, T4_T7_FUND, T4_T7_FUND, findings);
        }
    }

    /** Table 1's 收入总计 / 支出总计 against the 合计 of table 2 / table 3. */
    private static void sideTotal(SummaryTable t1, Side side, CodeTree detail, RuleDescription rule, Findings findings) {
        Optional<SummaryItem> total = t1.total(side);
        if (total.isEmpty()) {
            return;
        }
        findings.checked(rule);
        BigDecimal expected = detail.total(Columns.TOTAL);
        BigDecimal actual = SummaryTable.budget(total.get());
        compare(rule, findings, Where.item(1, total.get(), null, totalLine(detail)), expected, actual,
                "表1 " + SummaryTable.nameOf(total.get()), "Table 1, " + SummaryTable.nameOf(total.get()),
                "表" + detail.number() + "合计", "table " + detail.number() + "'s 合计");
    }

    private static void incomeItems(SummaryTable t1, CodeTree t2, Findings findings) {
        if (t1.items(Side.INCOME, Role.ITEM).isEmpty()) {
            return;
        }
        findings.checked(T1_T2_INCOME_ITEMS);
        for (IncomeKind kind : IncomeKind.values()) {
            BigDecimal expected = t2.total(kind.incomeColumn());
            Optional<SummaryItem> item = t1.incomeItem(kind);
            BigDecimal actual = item.map(SummaryTable::budget).orElse(BigDecimal.ZERO);
            FindingLocation where = item.map(i -> Where.item(1, i, null, totalLine(t2)))
                    .orElse(new FindingLocation(1, null, kind.printedName(), null, totalLine(t2)));
            compare(T1_T2_INCOME_ITEMS, findings, where, expected, actual,
                    "表1 " + kind.printedName(), "Table 1, " + kind.printedName(),
                    "表2合计行「" + kind.incomeColumn() + "」列", "table 2's 合计 row, column " + kind.incomeColumn());
        }
    }

    /**
     * The expense 类 items of a summary table against the 类 rows of a code table, paired by name. A 类 that
     * only one side prints is compared with zero, so a blank template line (一般公共服务支出) is not a finding.
     */
    /** The table's 合计 line, else its first line: where a finding about what the table lacks points. */
    private static List<Integer> tableLines(CodeTree tree) {
        if (tree.table().totalLine() != null) {
            return List.of(tree.table().totalLine());
        }
        return tree.table().lines() == null ? List.of() : List.of(tree.table().lines().from());
    }

    private static void classes(SummaryTable summary, Function<SummaryItem, BigDecimal> amount, String column,
                                CodeTree detail, List<CodeTree> namers, RuleDescription rule, Findings findings) {
        findings.checked(rule);
        List<TableRow> classRows = detail.topLevel().stream().filter(r -> r.code().length() == 3).toList();
        List<SummaryItem> items = summary.items(Side.EXPENSE, Role.ITEM);
        Function<TableRow, String> nameOfRow = row -> CodeTree.nameOf(row.code(), withFirst(detail, namers));
        for (ClassMatch match : ClassMatch.pair(items, classRows, nameOfRow)) {
            BigDecimal expected = match.row() == null ? BigDecimal.ZERO : match.row().amount(Columns.TOTAL);
            BigDecimal actual = match.item() == null ? BigDecimal.ZERO : amount.apply(match.item());
            if (Amounts.same(expected, actual)) {
                continue;
            }
            String name = match.item() != null ? SummaryTable.nameOf(match.item()) : nameOfRow.apply(match.row());
            String code = match.row() == null ? null : match.row().code();
            List<Integer> lines = new ArrayList<>();
            if (match.item() != null) {
                lines.add(match.item().line());
            }
            if (match.row() != null) {
                lines.addAll(match.row().lines());
            } else {
                lines.addAll(tableLines(detail)); // what the whole table prints is the evidence that it lacks the 类
            }
            FindingLocation where = new FindingLocation(summary.number(), code, name, column,
                    Where.lines(lines.isEmpty() ? List.of() : List.of(lines.get(0)), lines));
            String columnZh = column == null ? "" : "「" + column + "」列";
            String columnEn = column == null ? "" : ", column " + column;
            String detailZh = match.row() == null ? "表" + detail.number() + "同名类（未列示）"
                    : "表" + detail.number() + "类 " + code + "合计";
            String detailEn = match.row() == null ? "table " + detail.number() + "'s 类 of that name (not printed)"
                    : "table " + detail.number() + "'s 类 " + code;
            String unprintedZh = match.item() == null ? "（未列示）" : "";
            String unprintedEn = match.item() == null ? " (not printed)" : "";
            compare(rule, findings, where, expected, actual,
                    "表" + summary.number() + " " + name + unprintedZh + columnZh,
                    "Table " + summary.number() + ", " + name + unprintedEn + columnEn, detailZh, detailEn);
        }
    }

    private static void fiscalIncome(SummaryTable t1, SummaryTable t4, Findings findings) {
        Optional<SummaryItem> fiscal = t1.incomeItem(IncomeKind.FISCAL);
        Optional<SummaryItem> t4Income = t4.total(Side.INCOME);
        if (fiscal.isEmpty() || t4Income.isEmpty()) {
            return;
        }
        findings.checked(T1_T4_FISCAL_INCOME);
        compare(T1_T4_FISCAL_INCOME, findings, Where.item(4, t4Income.get(), null, List.of(fiscal.get().line())),
                SummaryTable.budget(fiscal.get()), SummaryTable.budget(t4Income.get()),
                "表4 收入总计", "Table 4, 收入总计", "表1财政拨款收入", "table 1's 财政拨款收入");
    }

    private static void fiscalSubItems(SummaryTable t1, SummaryTable t4, Findings findings) {
        Optional<SummaryTable.Group> fiscal = t1.groups(Side.INCOME).stream()
                .filter(g -> IncomeKind.of(SummaryTable.nameOf(g.item())) == IncomeKind.FISCAL).findFirst();
        if (fiscal.isEmpty() || fiscal.get().subItems().isEmpty()) {
            return;
        }
        findings.checked(T1_T4_FISCAL_SUB_ITEMS);
        List<SummaryItem> sources = t4.items(Side.INCOME, Role.ITEM);
        for (SummaryItem sub : fiscal.get().subItems()) {
            Fund fund = Fund.of(SummaryTable.nameOf(sub));
            if (fund == null) {
                continue;
            }
            Optional<SummaryItem> source = sources.stream().filter(s -> Fund.of(SummaryTable.nameOf(s)) == fund).findFirst();
            BigDecimal expected = SummaryTable.budget(sub);
            BigDecimal actual = source.map(SummaryTable::budget).orElse(BigDecimal.ZERO);
            FindingLocation where = source.map(s -> Where.item(4, s, null, List.of(sub.line())))
                    .orElse(new FindingLocation(4, null, SummaryTable.nameOf(sub), null, List.of(sub.line())));
            String name = SummaryTable.nameOf(sub);
            compare(T1_T4_FISCAL_SUB_ITEMS, findings, where, expected, actual,
                    "表4 收入 " + source.map(SummaryTable::nameOf).orElse(name),
                    "Table 4, income " + source.map(SummaryTable::nameOf).orElse(name),
                    "表1分项 " + name, "table 1's sub-item " + name);
        }
    }

    /** One fund column of table 4 against its function table: per 类 and in total. */
    private static void fundColumn(SummaryTable t4, Fund fund, CodeTree detail, List<CodeTree> namers,
                                   RuleDescription classesRule, RuleDescription totalRule, Findings findings) {
        if (!detail.present()) {
            return;
        }
        classes(t4, item -> item.amount(fund.column()), fund.column(), detail, namers, classesRule, findings);
        Optional<SummaryItem> total = t4.total(Side.EXPENSE);
        if (total.isEmpty()) {
            return;
        }
        findings.checked(totalRule);
        compare(totalRule, findings, Where.item(4, total.get(), fund.column(), totalLine(detail)),
                detail.total(Columns.TOTAL), total.get().amount(fund.column()),
                "表4 支出总计「" + fund.column() + "」列", "Table 4, 支出总计, column " + fund.column(),
                "表" + detail.number() + "合计", "table " + detail.number() + "'s 合计");
    }

    private static void compare(RuleDescription rule, Findings findings, FindingLocation where, BigDecimal expected,
                                BigDecimal actual, String placeZh, String placeEn, String otherZh, String otherEn) {
        if (Amounts.same(expected, actual)) {
            return;
        }
        findings.report(rule, where,
                placeZh + "为 " + Amounts.format(actual) + "，" + otherZh + "为 " + Amounts.format(expected) + "，相差 "
                        + Amounts.signed(actual.subtract(expected)) + " 元。",
                placeEn + ": " + Amounts.format(actual) + ", but " + otherEn + " is " + Amounts.format(expected)
                        + " (difference " + Amounts.signed(actual.subtract(expected)) + " yuan).",
                Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
    }

    private static List<Integer> totalLine(CodeTree tree) {
        return tree.table().totalLine() == null ? List.of() : List.of(tree.table().totalLine());
    }

    private static List<CodeTree> withFirst(CodeTree first, List<CodeTree> others) {
        List<CodeTree> all = new ArrayList<>();
        all.add(first);
        all.addAll(others);
        return all;
    }
}
