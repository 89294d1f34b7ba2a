package budget.validator;

import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.BudgetSummary;
import budget.model.BudgetTable;
import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.ParseDiagnostic;
import budget.model.ParsedBudget;
import budget.model.PrintedAmount;
import budget.model.PageBox;
import budget.model.ProseMark;
import budget.model.RowPlacement;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.validator.crossyear.BudgetSummaries;
import budget.validator.testing.BudgetFixture;
import budget.validator.testing.Edits;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static budget.model.SummaryItem.Side.EXPENSE;
import static budget.model.SummaryItem.Side.INCOME;
import static budget.model.TableType.Columns.BASIC;
import static budget.model.TableType.Columns.BUDGET;
import static budget.model.TableType.Columns.FISCAL_APPROPRIATION;
import static budget.model.TableType.Columns.GENERAL_PUBLIC;
import static budget.model.TableType.Columns.GOVERNMENT_FUND;
import static budget.model.TableType.Columns.PERSONNEL;
import static budget.model.TableType.Columns.PROJECT;
import static budget.model.TableType.Columns.PUBLIC_USE;
import static budget.model.TableType.Columns.STATE_CAPITAL;
import static budget.model.TableType.Columns.TOTAL;

/**
 * For every rule of the catalogue: a budget on which it holds and one on which it fires, each made from the
 * consistent fixture by one edit. {@link RuleCasesTests} runs them and checks that no rule lacks its cases.
 *
 * @param holds    a budget the rule has nothing to say about
 * @param fires    a budget on which the rule reports at least one finding
 * @param previous the previous year's budget both are validated against, or null
 */
record RuleCases(String ruleId, String breakage, ParsedBudget holds, ParsedBudget fires, BudgetSummary previous) {

    /** A case about one budget alone. */
    RuleCases(String ruleId, String breakage, ParsedBudget holds, ParsedBudget fires) {
        this(ruleId, breakage, holds, fires, null);
    }

    static List<RuleCases> all() {
        ParsedBudget base = BudgetFixture.consistent();
        List<RuleCases> cases = new ArrayList<>();
        // ---- within code tables: one parent row, the 合计 row, one row identity ----
        cases.add(fires("T2.TREE.PARENT_EQ_SUM_CHILDREN", "款 21013 +1 in 合计 and 财政拨款收入",
                b -> Edits.addToRow(b, 2, "21013", "1", TOTAL, FISCAL_APPROPRIATION)));
        cases.add(fires("T2.TOTAL.EQ_SUM_CLASSES", "合计 row +1 in 合计 and 财政拨款收入",
                b -> Edits.addToTotal(b, 2, "1", TOTAL, FISCAL_APPROPRIATION)));
        cases.add(fires("T2.ROW.TOTAL_EQ_SUM_SOURCES", "项 2101504 合计 +0.01",
                b -> Edits.addToRow(b, 2, "2101504", "0.01", TOTAL)));
        for (int table : List.of(3, 5)) {
            cases.add(fires("T" + table + ".TREE.PARENT_EQ_SUM_CHILDREN", "款 21015 +1 in 合计 and 基本支出",
                    b -> Edits.addToRow(b, table, "21015", "1", TOTAL, BASIC)));
            cases.add(fires("T" + table + ".TOTAL.EQ_SUM_CLASSES", "合计 row +1 in 合计 and 项目支出",
                    b -> Edits.addToTotal(b, table, "1", TOTAL, PROJECT)));
            cases.add(fires("T" + table + ".ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", "项 2101501 基本支出 −0.01",
                    b -> Edits.addToRow(b, table, "2101501", "-0.01", BASIC)));
        }
        cases.add(fires("T6.TREE.PARENT_EQ_SUM_CHILDREN", "款 22960 +1 in 合计 and 项目支出",
                b -> Edits.addToRow(b, 6, "22960", "1", TOTAL, PROJECT)));
        cases.add(fires("T6.TOTAL.EQ_SUM_CLASSES", "合计 row −1 in 合计 and 项目支出",
                b -> Edits.addToTotal(b, 6, "-1", TOTAL, PROJECT)));
        cases.add(fires("T6.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", "项 2296002 合计 +10000",
                b -> Edits.addToRow(b, 6, "2296002", "10000", TOTAL)));
        cases.add(fires("T7.TREE.PARENT_EQ_SUM_CHILDREN", "table 7 prints 类 229 as 10 over a 项 of 9",
                b -> stateCapitalRows(b, "10.00", "9.00", "9.00")));
        cases.add(fires("T7.TOTAL.EQ_SUM_CLASSES", "table 7 prints a 合计 of 1 over no rows",
                b -> Edits.addToTotal(b, 7, "1", TOTAL, PROJECT)));
        cases.add(fires("T7.ROW.TOTAL_EQ_BASIC_PLUS_PROJECT", "table 7 prints a 项 whose 合计 9 ≠ 项目支出 8",
                b -> stateCapitalRows(b, "9.00", "9.00", "8.00")));
        cases.add(fires("T8.TREE.PARENT_EQ_SUM_CHILDREN", "类 302 +1 in 合计 and 公用经费",
                b -> Edits.addToRow(b, 8, "302", "1", TOTAL, PUBLIC_USE)));
        cases.add(fires("T8.TOTAL.EQ_SUM_CLASSES", "合计 row +1 in 合计 and 人员经费",
                b -> Edits.addToTotal(b, 8, "1", TOTAL, PERSONNEL)));
        cases.add(fires("T8.ROW.TOTAL_EQ_PERSONNEL_PLUS_PUBLIC", "30201 公用经费 +100",
                b -> Edits.addToRow(b, 8, "30201", "100", PUBLIC_USE)));
        cases.add(fires("TABLE.DUPLICATE_CODE", "table 3 prints 2101301 twice",
                b -> Edits.addRow(b, 3, b.table(3).rows().stream().filter(r -> r.code().equals("2101301")).findFirst()
                        .orElseThrow())));
        // ---- within the summary tables and table 9 ----
        cases.add(fires("T1.INCOME.TOTAL_EQ_SUM_ITEMS", "收入总计 +1",
                b -> Edits.addToItem(b, 1, INCOME, "收入总计", "1", BUDGET)));
        cases.add(fires("T1.INCOME.ITEM_EQ_SUM_SUB_ITEMS", "1、一般预算资金 +1",
                b -> Edits.addToItem(b, 1, INCOME, "一般预算资金", "1", BUDGET)));
        cases.add(fires("T1.EXPENSE.TOTAL_EQ_SUM_ITEMS", "支出总计 +1",
                b -> Edits.addToItem(b, 1, EXPENSE, "支出总计", "1", BUDGET)));
        cases.add(fires("T1.BALANCE.INCOME_EQ_EXPENSE", "支出总计 and 卫生健康支出 both +1",
                b -> Edits.addToItem(Edits.addToItem(b, 1, EXPENSE, "支出总计", "1", BUDGET),
                        1, EXPENSE, "卫生健康支出", "1", BUDGET)));
        cases.add(fires("T4.INCOME.TOTAL_EQ_SUM_ITEMS", "收入总计 +1",
                b -> Edits.addToItem(b, 4, INCOME, "收入总计", "1", BUDGET)));
        cases.add(fires("T4.EXPENSE.TOTAL_EQ_SUM_ITEMS", "支出总计 一般公共预算 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "支出总计", "1", GENERAL_PUBLIC)));
        cases.add(fires("T4.BALANCE.INCOME_EQ_EXPENSE", "支出总计 合计 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "支出总计", "1", TOTAL)));
        cases.add(fires("T4.BALANCE.SOURCE_EQ_FUND_COLUMN", "二、政府性基金 +1",
                b -> Edits.addToItem(b, 4, INCOME, "政府性基金", "1", BUDGET)));
        cases.add(fires("T4.ROW.TOTAL_EQ_SUM_FUNDS", "卫生健康支出 合计 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "卫生健康支出", "1", TOTAL)));
        cases.add(fires("T9.ROW.TOTAL_EQ_SUM_PARTS", "三公 合计 printed 7.00 instead of 6.00",
                b -> Edits.cell(b, "total", "7.00")));
        cases.add(fires("T9.ROW.VEHICLE_EQ_PURCHASE_PLUS_RUNNING", "vehicle 小计 printed 4.00 instead of 3.00",
                b -> Edits.cell(b, "vehicleTotal", "4.00")));
        // ---- across tables ----
        cases.add(fires("CROSS.T2_T3.SAME_CODES", "table 2 lacks 2101504",
                b -> Edits.withoutRow(b, 2, "2101504")));
        cases.add(fires("CROSS.T2_T3.TOTAL_PER_CODE", "table 3 项 2101504 +1 in 合计 and 项目支出",
                b -> Edits.addToRow(b, 3, "2101504", "1", TOTAL, PROJECT)));
        cases.add(fires("CROSS.T1_T2.INCOME_TOTAL", "table 2 合计 row +1 in 合计 and 财政拨款收入",
                b -> Edits.addToTotal(b, 2, "1", TOTAL, FISCAL_APPROPRIATION)));
        cases.add(fires("CROSS.T1_T2.INCOME_ITEMS", "table 1 四、其他收入 and 收入总计 +1",
                b -> Edits.addToItem(Edits.addToItem(b, 1, INCOME, "其他收入", "1", BUDGET), 1, INCOME, "收入总计", "1", BUDGET)));
        cases.add(fires("CROSS.T1_T3.EXPENSE_TOTAL", "table 1 支出总计 +1",
                b -> Edits.addToItem(b, 1, EXPENSE, "支出总计", "1", BUDGET)));
        cases.add(fires("CROSS.T1_T3.EXPENSE_CLASSES", "table 1 卫生健康支出 +1",
                b -> Edits.addToItem(b, 1, EXPENSE, "卫生健康支出", "1", BUDGET)));
        cases.add(fires("CROSS.T1_T4.FISCAL_INCOME", "table 4 收入总计 +1",
                b -> Edits.addToItem(b, 4, INCOME, "收入总计", "1", BUDGET)));
        cases.add(fires("CROSS.T1_T4.FISCAL_SUB_ITEMS", "table 4 一、一般预算资金 +1",
                b -> Edits.addToItem(b, 4, INCOME, "一般预算资金", "1", BUDGET)));
        cases.add(fires("CROSS.T4_T5.CLASSES", "table 4 卫生健康支出 一般公共预算 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "卫生健康支出", "1", GENERAL_PUBLIC)));
        cases.add(fires("CROSS.T4_T5.TOTAL", "table 4 支出总计 一般公共预算 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "支出总计", "1", GENERAL_PUBLIC)));
        cases.add(fires("CROSS.T4_T6.FUND", "table 4 其他支出 政府性基金预算 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "其他支出", "1", GOVERNMENT_FUND)));
        cases.add(fires("CROSS.T4_T7.FUND", "table 4 支出总计 国有资本经营预算 +1",
                b -> Edits.addToItem(b, 4, EXPENSE, "支出总计", "1", STATE_CAPITAL)));
        cases.add(fires("CROSS.T3_FUNDS.PER_CODE", "table 5 项 2101504 +1 in 合计 and 项目支出",
                b -> Edits.addToRow(b, 5, "2101504", "1", TOTAL, PROJECT)));
        cases.add(fires("CROSS.T5_T8.BASIC_TOTAL", "table 8 合计 row +1 in 合计 and 人员经费",
                b -> Edits.addToTotal(b, 8, "1", TOTAL, PERSONNEL)));
        // ---- narrative ----
        cases.add(fires("NARRATIVE.STATED_TOTAL", "收入预算 stated as 28236.67 instead of 28235.67",
                b -> Edits.fact(b, FactKind.INCOME_TOTAL, null, "28236.67")));
        cases.add(fires("NARRATIVE.SUBJECT_ITEM", "“城乡医疗救助” stated as 3497.59",
                b -> Edits.fact(b, FactKind.SUBJECT_ITEM, "城乡医疗救助", "3497.59")));
        cases.add(fires("NARRATIVE.SUBJECT_UNKNOWN", "a subject no table prints",
                b -> Edits.factLabel(b, FactKind.SUBJECT_ITEM, "城乡医疗救助", "不存在的支出")));
        cases.add(fires("NARRATIVE.THREE_PUBLIC", "公务接待费 stated as 2万元, table 9 prints 1.00",
                b -> Edits.fact(b, FactKind.THREE_PUBLIC_RECEPTION, null, "2")));
        cases.add(fires("NARRATIVE.OPERATING_EXPENSES", "机关运行经费 stated as 93.03",
                b -> Edits.fact(b, FactKind.OPERATING_EXPENSES, null, "93.03")));
        cases.add(fires("NARRATIVE.PROCUREMENT_SUM", "procurement total stated as 45.90, parts sum to 44.90",
                b -> Edits.fact(b, FactKind.PROCUREMENT_TOTAL, null, "45.90")));
        cases.add(fires("NARRATIVE.PERFORMANCE_FUNDS", "performance funds stated as 27000.00",
                b -> Edits.fact(b, FactKind.PERFORMANCE_FUNDS, null, "27000.00")));
        cases.add(fires("NARRATIVE.PROJECT_BUDGET", "医疗救助经费 年度预算 3495.66 against 3496.59 on its line",
                b -> Edits.fact(b, FactKind.PROJECT_ANNUAL_BUDGET, "医疗救助经费", "3495.66")));
        cases.add(fires("NAMES.OUTDATED_CLASS_NAME", "table 1 prints 210 as 医疗卫生与计划生育支出, table 3 as 卫生健康支出",
                b -> Edits.itemLabel(b, 1, EXPENSE, "卫生健康支出", "三、医疗卫生与计划生育支出")));
        cases.add(fires("PRECISION.WITHIN_ONE_UNIT", "“其他医疗救助支出” truncated to 23998.62",
                b -> Edits.fact(b, FactKind.SUBJECT_ITEM, "其他医疗救助支出", "23998.62")));
        // ---- conventions ----
        cases.add(fires("CONVENTION.T8_T5.SOCIAL_CONTRIBUTIONS", "30113 moved 100 yuan to 30101",
                b -> Edits.addToRow(Edits.addToRow(b, 8, "30113", "-100", TOTAL, PERSONNEL), 8, "30101", "100",
                        TOTAL, PERSONNEL)));
        cases.add(fires("CONVENTION.T9_T8.THREE_PUBLIC", "table 9 公务接待费 0.50, below table 8's 30217 of 1.00",
                b -> Edits.cell(Edits.cell(b, "reception", "0.50"), "total", "5.50")));
        // ---- metadata and parsing ----
        cases.add(fires("META.TABLE_MISSING", "table 7 missing", b -> Edits.withoutTable(b, 7)));
        cases.add(fires("META.TABLE_EMPTY", "table 8 empty", b -> Edits.table(b, 8, RuleCases::emptied)));
        cases.add(fires("META.TABLE_DEPARTMENT", "table 3 prepared by 上海市医疗保障局",
                b -> Edits.tableHeader(b, 3, b.table(3).title(), "上海市医疗保障局", BudgetFixture.YEAR)));
        cases.add(fires("META.TABLE_YEAR", "table 9 heading 2025年机关运行经费预算数",
                b -> Edits.cellLabel(b, "operatingExpenses", "2025年机关运行经费预算数")));
        cases.add(fires("META.OWN_UNIT_DEPARTMENT", "机构设置 names 上海市医疗保障局本部",
                b -> Edits.metadata(b, m -> new BudgetMetadata(m.departmentPrinted(), m.departmentKey(),
                        m.departmentCode(), m.consolidated(), m.kind(), m.level(), m.region(), m.year(),
                        List.of("上海市医疗保障局本部", "上海市示例区医疗保险事务中心"), m.titleLine()))));
        cases.add(fires("PARSE.UNREAD_LINE", "one diagnostic",
                b -> Edits.diagnostics(b, List.of(new ParseDiagnostic(212, 2, "210\t13\t??", "no amounts", ParseDiagnostic.Scope.TABLE)))));
        cases.add(fires("PARSE.AMBIGUOUS_PLACEMENT", "table 3 row 2101504 ambiguous",
                b -> Edits.rowPlacement(b, 3, "2101504", RowPlacement.AMBIGUOUS)));
        cases.add(fires("PARSE.PLACED_BY_IDENTITY", "table 3 row 2101504 placed by identity",
                b -> Edits.rowPlacement(b, 3, "2101504", RowPlacement.IDENTITY)));
        cases.add(fires("TABLE.MISPRINTED_CODE", "table 8 prints 30201 as 302 1",
                b -> Edits.rows(b, 8, rows -> rows.stream().map(r -> !r.code().equals("30201") ? r
                        : new TableRow(r.code(), r.codeParts(), r.name(), r.nameFilled(), r.amounts(), r.lines(),
                        r.placement(), "302 1")).toList())));
        cases.add(fires("PARSE.UNCERTAIN_IDENTITY", "table 3 row 2101504 ambiguous and 100 yuan off its parent",
                b -> Edits.rowPlacement(Edits.addToRow(b, 3, "2101504", "100", TOTAL, PROJECT), 3, "2101504",
                        RowPlacement.AMBIGUOUS)));
        // VALIDATOR.RULE_FAILED is exercised with a failing rule family in BudgetValidatorTests.
        List<RuleCases> all = new ArrayList<>(cases.stream()
                .map(c -> new RuleCases(c.ruleId(), c.breakage(), base, c.fires())).toList());
        // ---- table 1 of a unit budget, which splits each expense line ----
        ParsedBudget unit = BudgetFixture.unitBudget();
        all.add(new RuleCases("T1.ROW.TOTAL_EQ_SUM_PARTS", "卫生健康支出's 人员经费 one yuan up", unit,
                Edits.addToItem(unit, 1, EXPENSE, "卫生健康支出", "1", PERSONNEL)));
        all.add(new RuleCases("T1.EXPENSE.SPLIT_TOTAL_EQ_SUM_ITEMS", "支出总计 moves one yuan from 人员经费 to 公用经费",
                unit, Edits.addToItem(Edits.addToItem(unit, 1, EXPENSE, "支出总计", "-1", PERSONNEL), 1, EXPENSE, "支出总计",
                "1", PUBLIC_USE)));
        all.add(new RuleCases("CROSS.T1_T3.EXPENSE_SPLIT", "卫生健康支出 and 支出总计 move one yuan from 人员经费 to 项目支出",
                unit, moveOneYuan(unit, PERSONNEL, PROJECT)));
        all.add(new RuleCases("CROSS.T1_T8.BASIC_SPLIT", "卫生健康支出 and 支出总计 move one yuan from 人员经费 to 公用经费",
                unit, moveOneYuan(unit, PERSONNEL, PUBLIC_USE)));
        all.addAll(statedChanges(base));
        all.addAll(writing(base));
        all.addAll(crossYear(base));
        return all;
    }

    /**
     * Against the previous year's budget with the same tables (the fixture as its 2025 budget): 财政拨款收入 stated
     * 与2025年预算持平 holds and 比2025年预算增加1万元 fires; a stated 2025年预算数 of 城乡医疗救助 3496.59 holds and
     * 3495.59 fires.
     */
    private static List<RuleCases> crossYear(ParsedBudget base) {
        ParsedBudget lastYear = Edits.metadata(base, m -> new BudgetMetadata(m.departmentPrinted(), m.departmentKey(),
                m.departmentCode(), m.consolidated(), m.kind(), m.level(), m.region(), m.year() - 1, m.budgetUnits(),
                m.titleLine()));
        BudgetSummary previous = BudgetSummaries.of(lastYear, "document-2025", java.time.Instant.parse("2025-01-10T00:00:00Z"));
        return List.of(
                new RuleCases("CROSSYEAR.STATED_CHANGE", "财政拨款收入 比2025年预算增加1万元 over the same tables",
                        fiscalIncomeChange(base, "0"), fiscalIncomeChange(base, "1"), previous),
                new RuleCases("CROSSYEAR.PREVIOUS_FIGURE", "城乡医疗救助 2025年预算数 3495.59 where 2025 has 3496.59",
                        Edits.addFact(base, budgetStatement("3496.59")), Edits.addFact(base, budgetStatement("3495.59")),
                        previous));
    }

    private static ParsedBudget fiscalIncomeChange(ParsedBudget base, String change) {
        NarrativeFact fiscal = base.fact(FactKind.FISCAL_INCOME).orElseThrow();
        return Edits.addFact(Edits.withoutFacts(base, f -> f == fiscal), new NarrativeFact(fiscal.kind(), fiscal.label(),
                fiscal.amount(), PrintedAmount.of(change, "万元"), BudgetFixture.YEAR - 1, fiscal.line(), null, null, null,
                NarrativeFact.ComparisonBasis.BUDGET));
    }

    private static NarrativeFact budgetStatement(String previous) {
        return new NarrativeFact(FactKind.STATED_CHANGE, "城乡医疗救助", PrintedAmount.of("3496.59", "万元"),
                PrintedAmount.of("0", "万元"), BudgetFixture.YEAR - 1, 78, null, PrintedAmount.of(previous, "万元"), null,
                NarrativeFact.ComparisonBasis.BUDGET);
    }

    /**
     * The item 城乡医疗救助 (3496.59万元) with its change sentence: 2025年当年预算执行数为3300万元，2026年预算安排3496.59万元，
     * 比2025年预算执行数增加5.96%, and the totals compared with 2025; each case alters one figure or word.
     */
    private static List<RuleCases> statedChanges(ParsedBudget base) {
        ParsedBudget stated = Edits.addFact(base, change("3300", "3496.59", null, "5.96", 2025));
        return List.of(
                new RuleCases("NARRATIVE.CHANGE_PERCENT", "增加5.96% stated as 增加6.96%", stated,
                        Edits.addFact(base, change("3300", "3496.59", null, "6.96", 2025))),
                new RuleCases("NARRATIVE.CHANGE_AMOUNT", "增加196.59万元 stated as 增加197.59万元",
                        Edits.addFact(base, change("3300", "3496.59", "196.59", null, 2025)),
                        Edits.addFact(base, change("3300", "3496.59", "197.59", null, 2025))),
                new RuleCases("NARRATIVE.CHANGE_DIRECTION", "增加5.96% stated as 减少5.96%", stated,
                        Edits.addFact(base, change("3300", "3496.59", null, "-5.96", 2025))),
                new RuleCases("NARRATIVE.RESTATED_AMOUNT", "预算安排 3486.59 where the item prints 3496.59", stated,
                        Edits.addFact(base, change("3300", "3486.59", null, "5.96", 2025))),
                new RuleCases("NARRATIVE.COMPARISON_YEAR", "a 2026 budget compared with 2026年预算", stated,
                        Edits.addFact(base, change("3300", "3496.59", null, "5.96", 2026))));
    }

    private static NarrativeFact change(String previous, String current, String change, String percent, int year) {
        return new NarrativeFact(FactKind.STATED_CHANGE, "城乡医疗救助", PrintedAmount.of(current, "万元"),
                change == null ? null : PrintedAmount.of(change, "万元"), year, 78, null, PrintedAmount.of(previous, "万元"),
                percent == null ? null : PrintedAmount.of(percent, "%"), NarrativeFact.ComparisonBasis.EXECUTION);
    }

    /** One writing slip each, as the reader records it; the consistent budget has none. */
    private static List<RuleCases> writing(ParsedBudget base) {
        ParsedBudget unit = Edits.metadata(base, m -> new BudgetMetadata(m.departmentPrinted(), m.departmentKey(),
                m.departmentCode(), m.consolidated(), BudgetKind.UNIT, m.level(), m.region(), m.year(), m.budgetUnits(),
                m.titleLine()));
        ProseMark departmentWording = new ProseMark(ProseMark.Kind.KIND_WORDING, "部门预算", "。2026年部门预算安排购置车辆", 950);
        return List.of(
                mark(base, "PROSE.DOUBLED_WORD", ProseMark.Kind.DOUBLED_WORD, "确保确保", "用网上报销，确保确保帮困对象医疗"),
                mark(base, "PROSE.DOUBLED_PUNCTUATION", ProseMark.Kind.DOUBLED_PUNCTUATION, "。。", "等方面的支出。。2025年当"),
                mark(base, "PROSE.CUT_SHORT", ProseMark.Kind.CUT_SHORT, "原因是", "数持平，主要原因是。其中：公务"),
                mark(base, "PROSE.MISSING_FULL_STOP", ProseMark.Kind.MISSING_FULL_STOP, "是工作量增加", "因是工作量增加财政拨款支出"),
                mark(base, "PROSE.STRAY_QUOTE", ProseMark.Kind.STRAY_QUOTE, "”", "优秀调解案例”活动。"),
                mark(base, "PROSE.PLACEHOLDER", ProseMark.Kind.PLACEHOLDER, "增加（减少）", "拨款收入支出增加（减少）的主要原因是"),
                // 部门预算 wording holds in a department budget and fires in a unit budget
                new RuleCases("PROSE.KIND_WORDING", "部门预算 wording in a unit budget", Edits.addMark(base, departmentWording),
                        Edits.addMark(unit, departmentWording)),
                mark(base, "LAYOUT.BLANK_PAGE", ProseMark.Kind.BLANK_PAGE, "", "第3页"),
                new RuleCases("LAYOUT.CUT_OFF_TEXT", "（八）负责本系统 cut by its clip on page 4", base,
                        Edits.addMark(base, new ProseMark(ProseMark.Kind.CUT_OFF_TEXT, "（八）负责本系统警车管理工作",
                                "（八）负责本系统警车管理工作", 62, new PageBox(4, 58.47, 466.49, 720, 12)))),
                mark(base, "LAYOUT.UNREADABLE_CHARACTERS", ProseMark.Kind.UNREADABLE_CHARACTERS, "\uFFFD", "一般公共\uFFFD务支出"));
    }

    private static RuleCases mark(ParsedBudget base, String ruleId, ProseMark.Kind kind, String text, String excerpt) {
        return new RuleCases(ruleId, excerpt, base, Edits.addMark(base, new ProseMark(kind, text, excerpt, 950)));
    }

    /** Tolerance cases the plain "fires" list cannot express: the rule holds on a figure within precision. */
    static List<RuleCases> holdsWithinPrecision() {
        ParsedBudget base = BudgetFixture.consistent();
        return List.of(
                new RuleCases("NARRATIVE.SUBJECT_ITEM", "truncated 23998.62 is within one unit",
                        Edits.fact(base, FactKind.SUBJECT_ITEM, "其他医疗救助支出", "23998.62"), null),
                new RuleCases("NARRATIVE.PROJECT_BUDGET", "a project far from every line shares its line",
                        Edits.fact(base, FactKind.PROJECT_ANNUAL_BUDGET, "医疗救助经费", "1200.00"), null),
                new RuleCases("CONVENTION.T9_T8.THREE_PUBLIC", "table 9 above table 8: projects may pay the rest",
                        Edits.cell(Edits.cell(base, "reception", "1.50"), "total", "6.50"), null),
                new RuleCases("T9.ROW.TOTAL_EQ_SUM_PARTS", "合计 6.01 is within the rounding of three parts",
                        Edits.cell(base, "total", "6.01"), null));
    }

    /** One yuan moved between two columns of an expense 类 and of 支出总计: every sum inside table 1 still holds. */
    private static ParsedBudget moveOneYuan(ParsedBudget budget, String from, String to) {
        ParsedBudget moved = budget;
        for (String label : List.of("卫生健康支出", "支出总计")) {
            moved = Edits.addToItem(Edits.addToItem(moved, 1, EXPENSE, label, "-1", from), 1, EXPENSE, label, "1", to);
        }
        return moved;
    }

    private static RuleCases fires(String ruleId, String breakage, UnaryOperator<ParsedBudget> edit) {
        return new RuleCases(ruleId, breakage, null, edit.apply(BudgetFixture.consistent()));
    }

    /** Table 7 with one 类 and one 项 row: 类 合计/项目 = classTotal, 项 合计 = itemTotal, 项 项目 = itemProject. */
    private static ParsedBudget stateCapitalRows(ParsedBudget budget, String classTotal, String itemTotal,
                                                 String itemProject) {
        TableRow parent = new TableRow("223", List.of("223"), "国有资本经营预算支出", false,
                Map.of(TOTAL, new BigDecimal(classTotal), BASIC, BigDecimal.ZERO, PROJECT, new BigDecimal(classTotal)),
                List.of(706), RowPlacement.DELIMITED);
        TableRow child = new TableRow("2230199", List.of("223", "01", "99"), "其他国有资本经营预算支出", false,
                Map.of(TOTAL, new BigDecimal(itemTotal), BASIC, BigDecimal.ZERO, PROJECT, new BigDecimal(itemProject)),
                List.of(707), RowPlacement.DELIMITED);
        return Edits.addRow(Edits.addRow(budget, 7, parent), 7, child);
    }

    private static BudgetTable emptied(BudgetTable t) {
        return new BudgetTable(t.number(), t.title(), TableStatus.EMPTY, null, t.preparedBy(), t.headerYear(), t.unit(),
                t.columns(), List.of(), Map.of(), null, List.of(), List.of(), t.lines());
    }

    @Override
    public String toString() {
        return ruleId + " (" + breakage + ")";
    }

}
