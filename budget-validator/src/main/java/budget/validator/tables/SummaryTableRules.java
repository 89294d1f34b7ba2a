package budget.validator.tables;

import budget.model.RowIdentity;
import budget.model.SummaryItem;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableType.Columns;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.Findings;
import budget.validator.engine.Fund;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SummaryTable;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The arithmetic inside the two summary tables: table 1 (财务收支预算总表) and table 4 (财政拨款收支预算总表).
 * Each side adds up to its total, 财政拨款收入 adds up its sub-items, income equals expense, and in table 4
 * each expense row's 合计 is the sum of its three fund columns.
 */
public final class SummaryTableRules implements RuleSet {

    public static final RuleDescription T1_INCOME_TOTAL = RuleDescription.error("T1.INCOME.TOTAL_EQ_SUM_ITEMS",
            "表1：收入总计 = 各收入项目之和", "Table 1: 收入总计 = the sum of the income items");
    public static final RuleDescription T1_INCOME_SUB_ITEMS = RuleDescription.error("T1.INCOME.ITEM_EQ_SUM_SUB_ITEMS",
            "表1：财政拨款收入 = 其下各分项之和", "Table 1: 财政拨款收入 = the sum of its sub-items");
    public static final RuleDescription T1_EXPENSE_TOTAL = RuleDescription.error("T1.EXPENSE.TOTAL_EQ_SUM_ITEMS",
            "表1：支出总计 = 各支出类之和", "Table 1: 支出总计 = the sum of the expense 类 items");
    public static final RuleDescription T1_BALANCE = RuleDescription.error("T1.BALANCE.INCOME_EQ_EXPENSE",
            "表1：收入总计 = 支出总计", "Table 1: 收入总计 = 支出总计");
    public static final RuleDescription T4_INCOME_TOTAL = RuleDescription.error("T4.INCOME.TOTAL_EQ_SUM_ITEMS",
            "表4：收入总计 = 各财政拨款收入项目之和", "Table 4: 收入总计 = the sum of the income items");
    public static final RuleDescription T4_EXPENSE_TOTAL = RuleDescription.error("T4.EXPENSE.TOTAL_EQ_SUM_ITEMS",
            "表4：支出总计每一列 = 各支出类之和", "Table 4: 支出总计 = the sum of the expense 类 items, in every column");
    public static final RuleDescription T4_BALANCE = RuleDescription.error("T4.BALANCE.INCOME_EQ_EXPENSE",
            "表4：收入总计 = 支出总计", "Table 4: 收入总计 = 支出总计");
    public static final RuleDescription T4_SOURCE_FUND = RuleDescription.error("T4.BALANCE.SOURCE_EQ_FUND_COLUMN",
            "表4：每项财政拨款收入（一般公共预算、政府性基金、国有资本经营预算）= 支出总计中对应列",
            "Table 4: each fiscal income source equals the 支出总计 of its fund column");
    public static final RuleDescription T4_ROW_FUNDS = RuleDescription.error("T4.ROW.TOTAL_EQ_SUM_FUNDS",
            "表4：每个支出行合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算",
            "Table 4: each expense row's 合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算");

    private static final List<String> T4_EXPENSE_COLUMNS = List.of(Columns.TOTAL, Columns.GENERAL_PUBLIC,
            Columns.GOVERNMENT_FUND, Columns.STATE_CAPITAL);
    private static final List<String> FUND_COLUMNS = RowIdentity.FUNDS.parts();

    @Override
    public List<RuleDescription> rules() {
        return List.of(T1_INCOME_TOTAL, T1_INCOME_SUB_ITEMS, T1_EXPENSE_TOTAL, T1_BALANCE,
                T4_INCOME_TOTAL, T4_EXPENSE_TOTAL, T4_BALANCE, T4_SOURCE_FUND, T4_ROW_FUNDS);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        SummaryTable t1 = budget.summary(1);
        if (t1.present()) {
            sideTotal(t1, Side.INCOME, T1_INCOME_TOTAL, SummaryTable::budget, null, findings);
            subItems(t1, findings);
            sideTotal(t1, Side.EXPENSE, T1_EXPENSE_TOTAL, SummaryTable::budget, null, findings);
            balance(t1, T1_BALANCE, SummaryTable::budget, findings);
        }
        SummaryTable t4 = budget.summary(4);
        if (t4.present()) {
            sideTotal(t4, Side.INCOME, T4_INCOME_TOTAL, SummaryTable::budget, null, findings);
            for (String column : T4_EXPENSE_COLUMNS) {
                sideTotal(t4, Side.EXPENSE, T4_EXPENSE_TOTAL, item -> item.amount(column), column, findings);
            }
            balance(t4, T4_BALANCE, item -> item.side() == Side.INCOME
                    ? SummaryTable.budget(item) : item.amount(Columns.TOTAL), findings);
            sourcesEqualFundColumns(t4, findings);
            rowFunds(t4, findings);
        }
    }

    private static void sideTotal(SummaryTable table, Side side, RuleDescription rule,
                                  Function<SummaryItem, BigDecimal> amount, String column, Findings findings) {
        Optional<SummaryItem> total = table.total(side);
        if (total.isEmpty()) {
            return;
        }
        findings.checked(rule);
        List<SummaryItem> items = table.items(side, Role.ITEM);
        BigDecimal expected = Amounts.sum(items, amount);
        BigDecimal actual = amount.apply(total.get());
        if (!Amounts.same(expected, actual)) {
            String sideZh = side == Side.INCOME ? "收入" : "支出";
            String sideEn = side == Side.INCOME ? "income" : "expense";
            String columnZh = column == null ? "" : "「" + column + "」列";
            String columnEn = column == null ? "" : ", column " + column;
            findings.report(rule, Where.item(table.number(), total.get(), column, items.stream().map(SummaryItem::line).toList()),
                    "表" + table.number() + " " + SummaryTable.nameOf(total.get()) + columnZh + "为 " + Amounts.format(actual)
                            + "，各" + sideZh + "项目之和为 " + Amounts.format(expected) + "，相差 "
                            + Amounts.signed(actual.subtract(expected)) + " 元。",
                    "Table " + table.number() + ", " + SummaryTable.nameOf(total.get()) + columnEn + ": printed "
                            + Amounts.format(actual) + ", the " + sideEn + " items sum to " + Amounts.format(expected)
                            + " (difference " + Amounts.signed(actual.subtract(expected)) + " yuan).",
                    Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
        }
    }

    private static void subItems(SummaryTable t1, Findings findings) {
        for (SummaryTable.Group group : t1.groups(Side.INCOME)) {
            if (group.subItems().isEmpty()) {
                continue;
            }
            findings.checked(T1_INCOME_SUB_ITEMS);
            BigDecimal expected = Amounts.sum(group.subItems(), SummaryTable::budget);
            BigDecimal actual = SummaryTable.budget(group.item());
            if (!Amounts.same(expected, actual)) {
                String name = SummaryTable.nameOf(group.item());
                findings.report(T1_INCOME_SUB_ITEMS,
                        Where.item(1, group.item(), null, group.subItems().stream().map(SummaryItem::line).toList()),
                        "表1 " + name + "为 " + Amounts.format(actual) + "，其分项之和为 " + Amounts.format(expected)
                                + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 1, " + name + ": printed " + Amounts.format(actual) + ", its sub-items sum to "
                                + Amounts.format(expected) + " (difference " + Amounts.signed(actual.subtract(expected))
                                + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void balance(SummaryTable table, RuleDescription rule, Function<SummaryItem, BigDecimal> amount,
                                Findings findings) {
        Optional<SummaryItem> income = table.total(Side.INCOME);
        Optional<SummaryItem> expense = table.total(Side.EXPENSE);
        if (income.isEmpty() || expense.isEmpty()) {
            return;
        }
        findings.checked(rule);
        BigDecimal expected = amount.apply(income.get());
        BigDecimal actual = amount.apply(expense.get());
        if (!Amounts.same(expected, actual)) {
            findings.report(rule, Where.item(table.number(), expense.get(), null, List.of(income.get().line())),
                    "表" + table.number() + " 支出总计 " + Amounts.format(actual) + " ≠ 收入总计 " + Amounts.format(expected)
                            + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                    "Table " + table.number() + ": 支出总计 " + Amounts.format(actual) + " differs from 收入总计 "
                            + Amounts.format(expected) + " (difference " + Amounts.signed(actual.subtract(expected))
                            + " yuan).",
                    Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
        }
    }

    private static void sourcesEqualFundColumns(SummaryTable t4, Findings findings) {
        Optional<SummaryItem> expenseTotal = t4.total(Side.EXPENSE);
        if (expenseTotal.isEmpty()) {
            return;
        }
        findings.checked(T4_SOURCE_FUND);
        for (SummaryItem source : t4.items(Side.INCOME, Role.ITEM)) {
            Fund fund = Fund.of(SummaryTable.nameOf(source));
            if (fund == null) {
                continue;
            }
            BigDecimal expected = expenseTotal.get().amount(fund.column());
            BigDecimal actual = SummaryTable.budget(source);
            if (!Amounts.same(expected, actual)) {
                String name = SummaryTable.nameOf(source);
                findings.report(T4_SOURCE_FUND, Where.item(4, source, null, List.of(expenseTotal.get().line())),
                        "表4 收入 " + name + " 为 " + Amounts.format(actual) + "，支出总计「" + fund.column() + "」列为 "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 4, income " + name + ": printed " + Amounts.format(actual) + ", but 支出总计 in column "
                                + fund.column() + " is " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void rowFunds(SummaryTable t4, Findings findings) {
        findings.checked(T4_ROW_FUNDS);
        List<SummaryItem> rows = new ArrayList<>(t4.items(Side.EXPENSE, Role.ITEM));
        t4.total(Side.EXPENSE).ifPresent(rows::add);
        for (SummaryItem row : rows) {
            BigDecimal expected = Amounts.sum(FUND_COLUMNS, row::amount);
            BigDecimal actual = row.amount(Columns.TOTAL);
            if (!Amounts.same(expected, actual)) {
                String name = SummaryTable.nameOf(row);
                findings.report(T4_ROW_FUNDS, Where.item(4, row, Columns.TOTAL, List.of()),
                        "表4 " + name + " 合计为 " + Amounts.format(actual) + "，而三项资金之和为 " + Amounts.format(expected)
                                + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 4, " + name + ": 合计 printed " + Amounts.format(actual)
                                + " but 一般公共预算 + 政府性基金预算 + 国有资本经营预算 = " + Amounts.format(expected)
                                + " (difference " + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }
}
