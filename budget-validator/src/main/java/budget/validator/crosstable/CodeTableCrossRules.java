package budget.validator.crosstable;

import budget.model.SummaryItem.Side;
import budget.model.TableRow;
import budget.model.TableType.Columns;
import budget.validator.RuleDescription;
import budget.validator.engine.BudgetView;
import budget.validator.engine.Amounts;
import budget.validator.engine.CodeTree;
import budget.validator.engine.Describe;
import budget.validator.engine.Findings;
import budget.validator.engine.Fund;
import budget.validator.engine.RuleSet;
import budget.validator.engine.SummaryTable;
import budget.validator.engine.Where;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Identities between the code tables: table 2 and table 3 list the same codes with the same 合计; per code,
 * table 3 = table 5 + 6 + 7 + the non-fiscal income of table 2; table 5's 基本支出 total = table 8's 合计.
 */
public final class CodeTableCrossRules implements RuleSet {

    public static final RuleDescription SAME_CODES = RuleDescription.error("CROSS.T2_T3.SAME_CODES",
            "表2与表3列示相同的功能分类科目", "Tables 2 and 3 list the same function codes");
    public static final RuleDescription TOTAL_PER_CODE = RuleDescription.error("CROSS.T2_T3.TOTAL_PER_CODE",
            "同一科目在表2与表3的合计相等", "Each code has the same 合计 in tables 2 and 3");
    public static final RuleDescription FUNDS_PER_CODE = RuleDescription.error("CROSS.T3_FUNDS.PER_CODE",
            "每个科目：表3合计 = 表5 + 表6 + 表7 合计 + 表2（事业收入 + 事业单位经营收入 + 其他收入）",
            "Per code: table 3 合计 = tables 5 + 6 + 7 合计 + table 2 (事业收入 + 事业单位经营收入 + 其他收入)");
    public static final RuleDescription BASIC_TOTAL = RuleDescription.error("CROSS.T5_T8.BASIC_TOTAL",
            "表5基本支出合计 = 表8合计", "Table 5's 基本支出 total = table 8's 合计");

    private static final List<String> NON_FISCAL = List.of(Columns.BUSINESS_INCOME, Columns.OPERATING_INCOME,
            Columns.OTHER_INCOME);

    @Override
    public List<RuleDescription> rules() {
        return List.of(SAME_CODES, TOTAL_PER_CODE, FUNDS_PER_CODE, BASIC_TOTAL);
    }

    @Override
    public void check(BudgetView budget, Findings findings) {
        CodeTree t2 = budget.codeTree(2);
        CodeTree t3 = budget.codeTree(3);
        CodeTree t5 = budget.codeTree(5);
        CodeTree t6 = budget.codeTree(6);
        CodeTree t7 = budget.codeTree(7);
        CodeTree t8 = budget.codeTree(8);
        List<CodeTree> namers = List.of(t3, t2, t5, t6, t7);
        if (t2.present() && t3.present()) {
            sameCodes(t2, t3, namers, findings);
            totalPerCode(t2, t3, findings);
        }
        if (t2.present() && t3.present() && t5.present()
                && fundTableUsable(t6, Fund.GOVERNMENT_FUND, budget) && fundTableUsable(t7, Fund.STATE_CAPITAL, budget)) {
            fundsPerCode(t2, t3, List.of(t5, t6, t7), namers, findings);
        }
        if (t5.present() && t8.present()) {
            basicTotal(t5, t8, findings);
        }
    }

    private static void sameCodes(CodeTree t2, CodeTree t3, List<CodeTree> namers, Findings findings) {
        findings.checked(SAME_CODES);
        missingFrom(t2, t3, namers, findings);
        missingFrom(t3, t2, namers, findings);
    }

    /** Codes {@code from} prints and {@code other} lacks, reported in {@code other}. */
    private static void missingFrom(CodeTree from, CodeTree other, List<CodeTree> namers, Findings findings) {
        for (TableRow row : from.rows()) {
            if (other.row(row.code()).isPresent()) {
                continue;
            }
            String name = CodeTree.nameOf(row.code(), namers);
            BigDecimal expected = row.amount(Columns.TOTAL);
            findings.report(SAME_CODES, Where.code(other.number(), row.code(), name, Columns.TOTAL, row.lines()),
                    "表" + from.number() + "列有 " + Describe.codeZh(row.code(), name) + "（合计 " + Amounts.format(expected)
                            + "），表" + other.number() + "没有这一科目。",
                    "Table " + from.number() + " lists " + Describe.codeEn(row.code(), name) + " (合计 "
                            + Amounts.format(expected) + "), table " + other.number() + " does not.",
                    Amounts.yuan(expected), Amounts.yuan(BigDecimal.ZERO), Amounts.YUAN);
        }
    }

    private static void totalPerCode(CodeTree t2, CodeTree t3, Findings findings) {
        findings.checked(TOTAL_PER_CODE);
        for (TableRow expense : t3.rows()) {
            Optional<TableRow> income = t2.row(expense.code());
            if (income.isEmpty()) {
                continue;
            }
            BigDecimal expected = income.get().amount(Columns.TOTAL);
            BigDecimal actual = expense.amount(Columns.TOTAL);
            if (!Amounts.same(expected, actual)) {
                findings.report(TOTAL_PER_CODE, Where.row(3, expense, Columns.TOTAL, income.get().lines()),
                        "表3 " + Describe.rowZh(expense) + " 合计为 " + Amounts.format(actual) + "，表2为 "
                                + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 3, " + Describe.rowEn(expense) + ": 合计 " + Amounts.format(actual) + ", table 2 has "
                                + Amounts.format(expected) + " (difference " + Amounts.signed(actual.subtract(expected))
                                + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void fundsPerCode(CodeTree t2, CodeTree t3, List<CodeTree> fundTables, List<CodeTree> namers,
                                     Findings findings) {
        findings.checked(FUNDS_PER_CODE);
        Set<String> codes = new LinkedHashSet<>(t3.codes());
        fundTables.forEach(t -> codes.addAll(t.codes()));
        for (String code : codes) {
            BigDecimal fiscal = Amounts.sum(fundTables, t -> t.amount(code, Columns.TOTAL));
            BigDecimal nonFiscal = Amounts.sum(NON_FISCAL, column -> t2.amount(code, column));
            BigDecimal expected = fiscal.add(nonFiscal);
            BigDecimal actual = t3.amount(code, Columns.TOTAL);
            if (Amounts.same(expected, actual)) {
                continue;
            }
            List<Integer> lines = new ArrayList<>();
            fundTables.forEach(t -> t.row(code).ifPresent(r -> lines.addAll(r.lines())));
            t2.row(code).ifPresent(r -> lines.addAll(r.lines()));
            String name = CodeTree.nameOf(code, namers);
            var where = t3.row(code).map(r -> Where.row(3, r, Columns.TOTAL, lines))
                    .orElse(Where.code(3, code, name, Columns.TOTAL, lines));
            findings.report(FUNDS_PER_CODE, where,
                    "表3 " + Describe.codeZh(code, name) + " 合计为 " + Amounts.format(actual) + "，而表5+表6+表7 "
                            + Amounts.format(fiscal) + " 加表2非财政拨款收入 " + Amounts.format(nonFiscal) + " = "
                            + Amounts.format(expected) + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                    "Table 3, " + Describe.codeEn(code, name) + ": 合计 " + Amounts.format(actual)
                            + " but tables 5+6+7 give " + Amounts.format(fiscal) + " and table 2's non-fiscal income "
                            + Amounts.format(nonFiscal) + ", together " + Amounts.format(expected) + " (difference "
                            + Amounts.signed(actual.subtract(expected)) + " yuan).",
                    Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
        }
        if (t3.hasTotals()) {
            BigDecimal fiscal = Amounts.sum(fundTables, t -> t.total(Columns.TOTAL));
            BigDecimal nonFiscal = Amounts.sum(NON_FISCAL, t2::total);
            BigDecimal expected = fiscal.add(nonFiscal);
            BigDecimal actual = t3.total(Columns.TOTAL);
            if (!Amounts.same(expected, actual)) {
                findings.report(FUNDS_PER_CODE, Where.totalRow(t3.table(), Columns.TOTAL, List.of()),
                        "表3 合计行为 " + Amounts.format(actual) + "，而表5+表6+表7 合计 " + Amounts.format(fiscal)
                                + " 加表2非财政拨款收入 " + Amounts.format(nonFiscal) + " = " + Amounts.format(expected)
                                + "，相差 " + Amounts.signed(actual.subtract(expected)) + " 元。",
                        "Table 3, 合计 row: " + Amounts.format(actual) + " but tables 5+6+7 total "
                                + Amounts.format(fiscal) + " and table 2's non-fiscal income " + Amounts.format(nonFiscal)
                                + ", together " + Amounts.format(expected) + " (difference "
                                + Amounts.signed(actual.subtract(expected)) + " yuan).",
                        Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
            }
        }
    }

    private static void basicTotal(CodeTree t5, CodeTree t8, Findings findings) {
        findings.checked(BASIC_TOTAL);
        BigDecimal expected = t5.total(Columns.BASIC);
        BigDecimal actual = t8.total(Columns.TOTAL);
        if (!Amounts.same(expected, actual)) {
            List<Integer> t5Line = t5.table().totalLine() == null ? List.of() : List.of(t5.table().totalLine());
            findings.report(BASIC_TOTAL, Where.totalRow(t8.table(), Columns.TOTAL, t5Line),
                    "表8 合计为 " + Amounts.format(actual) + "，表5 基本支出合计为 " + Amounts.format(expected) + "，相差 "
                            + Amounts.signed(actual.subtract(expected)) + " 元。",
                    "Table 8, 合计: " + Amounts.format(actual) + ", but table 5's 基本支出 total is "
                            + Amounts.format(expected) + " (difference " + Amounts.signed(actual.subtract(expected))
                            + " yuan).",
                    Amounts.yuan(expected), Amounts.yuan(actual), Amounts.YUAN);
        }
    }

    /**
     * A missing table 6 or 7 may be read as empty only when table 4 says its fund spends nothing; otherwise
     * the per-code identity cannot be checked (the missing table is reported by the metadata rules).
     */
    private static boolean fundTableUsable(CodeTree fundTable, Fund fund, BudgetView budget) {
        if (fundTable.present()) {
            return true;
        }
        SummaryTable t4 = budget.summary(4);
        return !t4.present() || t4.total(Side.EXPENSE).map(total -> Amounts.isZero(total.amount(fund.column())))
                .orElse(true);
    }
}
