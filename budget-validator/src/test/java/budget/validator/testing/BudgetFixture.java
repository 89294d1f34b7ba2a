package budget.validator.testing;

import budget.model.BudgetKind;
import budget.model.BudgetMetadata;
import budget.model.BudgetTable;
import budget.model.FactKind;
import budget.model.GovernmentLevel;
import budget.model.LineRange;
import budget.model.NamedCell;
import budget.model.NarrativeFact;
import budget.model.ParsedBudget;
import budget.model.PrintedAmount;
import budget.model.RowPlacement;
import budget.model.SummaryItem;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.TableType;
import budget.model.TableType.Columns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small, fully consistent department budget built by hand: every identity of the domain holds, so the
 * validator must report nothing on it, and each rule test breaks exactly one thing. Tables 1–4 are derived
 * from the leaf lines below the way a publisher's system derives them, so they agree by construction.
 * <p>
 * Leaves (yuan): general public (table 5) pensions, annuity, housing fund and 行政运行 as basic spending, two
 * medical-aid lines and 信息化建设 as projects; 30,000 of 其他收入 on 2101399; a government fund line (table 6);
 * table 7 empty with its note.
 */
public final class BudgetFixture {

    public static final int YEAR = 2026;
    public static final String DEPARTMENT = "上海市示例区医疗保障局（汇总）";

    /** One 项 line: which fund table carries it, and what it spends. */
    record Leaf(String code, int fundTable, String basic, String project, String otherIncome) {
    }

    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("208", "社会保障和就业支出"), Map.entry("20805", "行政事业单位养老支出"),
            Map.entry("2080505", "机关事业单位基本养老保险缴费支出"), Map.entry("2080506", "机关事业单位职业年金缴费支出"),
            Map.entry("210", "卫生健康支出"), Map.entry("21013", "医疗救助"), Map.entry("2101301", "城乡医疗救助"),
            Map.entry("2101399", "其他医疗救助支出"), Map.entry("21015", "医疗保障管理事务"),
            Map.entry("2101501", "行政运行"), Map.entry("2101504", "信息化建设"),
            Map.entry("221", "住房保障支出"), Map.entry("22102", "住房改革支出"), Map.entry("2210201", "住房公积金"),
            Map.entry("229", "其他支出"), Map.entry("22960", "彩票公益金安排的支出"),
            Map.entry("2296002", "用于社会福利的彩票公益金支出"),
            Map.entry("301", "工资福利支出"), Map.entry("30101", "基本工资"), Map.entry("30108", "机关事业单位基本养老保险缴费"),
            Map.entry("30109", "职业年金缴费"), Map.entry("30113", "住房公积金"),
            Map.entry("302", "商品和服务支出"), Map.entry("30201", "办公费"), Map.entry("30212", "因公出国（境）费用"),
            Map.entry("30217", "公务接待费"), Map.entry("30231", "公务用车运行维护费"));

    static final List<Leaf> LEAVES = List.of(
            new Leaf("2080505", 5, "1206476.00", "0", "0"),
            new Leaf("2080506", 5, "563062.00", "0", "0"),
            new Leaf("2101301", 5, "0", "34965856.50", "0"),
            new Leaf("2101399", 5, "0", "239986267.50", "30000.00"),
            new Leaf("2101501", 5, "2920332.00", "0", "0"),
            new Leaf("2101504", 5, "0", "833900.00", "0"),
            new Leaf("2210201", 5, "1350840.00", "0", "0"),
            new Leaf("2296002", 6, "0", "500000.00", "0"));

    /** Economic leaves of table 8: code → {人员经费, 公用经费}; they add up to table 5's 基本支出. */
    static final Map<String, String[]> ECONOMIC = new TreeMap<>(Map.of(
            "30101", new String[]{"2000000.00", "0"},
            "30108", new String[]{"1206476.00", "0"},
            "30109", new String[]{"563062.00", "0"},
            "30113", new String[]{"1350840.00", "0"},
            "30201", new String[]{"0", "860332.00"},
            "30212", new String[]{"0", "20000.00"},
            "30217", new String[]{"0", "10000.00"},
            "30231", new String[]{"0", "30000.00"}));

    private BudgetFixture() {
    }

    public static ParsedBudget consistent() {
        Map<String, Map<String, BigDecimal>> t5 = functionAmounts(5);
        Map<String, Map<String, BigDecimal>> t6 = functionAmounts(6);
        Map<String, Map<String, BigDecimal>> t3 = expenseAmounts();
        Map<String, Map<String, BigDecimal>> t2 = incomeAmounts(t5, t6);
        Map<String, Map<String, BigDecimal>> t8 = economicAmounts();
        List<BudgetTable> tables = List.of(
                table1(t2, t3),
                codeTable(2, t2, 200),
                codeTable(3, t3, 300),
                table4(t5, t6),
                codeTable(5, t5, 500),
                codeTable(6, t6, 600),
                emptyTable(7, 700),
                codeTable(8, t8, 800),
                table9());
        return new ParsedBudget(metadata(), tables, facts(), List.of());
    }

    static BudgetMetadata metadata() {
        return new BudgetMetadata(DEPARTMENT, "上海市示例区医疗保障局", null, true, BudgetKind.DEPARTMENT,
                GovernmentLevel.DISTRICT, "上海市示例区", YEAR,
                List.of("上海市示例区医疗保障局本级", "上海市示例区医疗保险事务中心"), 5);
    }

    // ---- code tables --------------------------------------------------------------------------------------

    private static Map<String, Map<String, BigDecimal>> functionAmounts(int fundTable) {
        Map<String, Map<String, BigDecimal>> rows = new TreeMap<>();
        for (Leaf leaf : LEAVES) {
            if (leaf.fundTable() != fundTable) {
                continue;
            }
            BigDecimal basic = new BigDecimal(leaf.basic());
            BigDecimal project = new BigDecimal(leaf.project());
            addUp(rows, leaf.code(), Map.of(Columns.TOTAL, basic.add(project), Columns.BASIC, basic, Columns.PROJECT, project));
        }
        return rows;
    }

    /** Table 3: all funds; the non-fiscal income pays for projects. */
    private static Map<String, Map<String, BigDecimal>> expenseAmounts() {
        Map<String, Map<String, BigDecimal>> rows = new TreeMap<>();
        for (Leaf leaf : LEAVES) {
            BigDecimal basic = new BigDecimal(leaf.basic());
            BigDecimal project = new BigDecimal(leaf.project()).add(new BigDecimal(leaf.otherIncome()));
            addUp(rows, leaf.code(), Map.of(Columns.TOTAL, basic.add(project), Columns.BASIC, basic, Columns.PROJECT, project));
        }
        return rows;
    }

    private static Map<String, Map<String, BigDecimal>> incomeAmounts(Map<String, Map<String, BigDecimal>> t5,
                                                                      Map<String, Map<String, BigDecimal>> t6) {
        Map<String, Map<String, BigDecimal>> rows = new TreeMap<>();
        for (Leaf leaf : LEAVES) {
            BigDecimal fiscal = new BigDecimal(leaf.basic()).add(new BigDecimal(leaf.project()));
            BigDecimal other = new BigDecimal(leaf.otherIncome());
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            amounts.put(Columns.TOTAL, fiscal.add(other));
            amounts.put(Columns.FISCAL_APPROPRIATION, fiscal);
            amounts.put(Columns.BUSINESS_INCOME, BigDecimal.ZERO.setScale(2));
            amounts.put(Columns.OPERATING_INCOME, BigDecimal.ZERO.setScale(2));
            amounts.put(Columns.OTHER_INCOME, other);
            addUp(rows, leaf.code(), amounts);
        }
        return rows;
    }

    private static Map<String, Map<String, BigDecimal>> economicAmounts() {
        Map<String, Map<String, BigDecimal>> rows = new TreeMap<>();
        ECONOMIC.forEach((code, split) -> {
            BigDecimal personnel = new BigDecimal(split[0]);
            BigDecimal publicUse = new BigDecimal(split[1]);
            addUp(rows, code, Map.of(Columns.TOTAL, personnel.add(publicUse), Columns.PERSONNEL, personnel,
                    Columns.PUBLIC_USE, publicUse));
        });
        return rows;
    }

    /** Adds a leaf's amounts to itself and to every ancestor code (3 digits, then +2 ...). */
    private static void addUp(Map<String, Map<String, BigDecimal>> rows, String code, Map<String, BigDecimal> amounts) {
        for (int length = 3; length <= code.length(); length += 2) {
            Map<String, BigDecimal> row = rows.computeIfAbsent(code.substring(0, length), c -> new LinkedHashMap<>());
            amounts.forEach((column, value) -> row.merge(column, value.setScale(2), BigDecimal::add));
        }
    }

    private static BudgetTable codeTable(int number, Map<String, Map<String, BigDecimal>> amounts, int firstLine) {
        List<String> columns = TableType.of(number).columns();
        List<TableRow> rows = new ArrayList<>();
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        columns.forEach(c -> totals.put(c, BigDecimal.ZERO.setScale(2)));
        int line = firstLine + 5;
        for (var entry : amounts.entrySet()) {
            String code = entry.getKey();
            Map<String, BigDecimal> ordered = new LinkedHashMap<>();
            columns.forEach(c -> ordered.put(c, entry.getValue().getOrDefault(c, BigDecimal.ZERO.setScale(2))));
            rows.add(new TableRow(code, parts(code), NAMES.get(code), false, ordered, List.of(line++),
                    RowPlacement.DELIMITED));
            if (code.length() == 3) {
                ordered.forEach((c, v) -> totals.merge(c, v, BigDecimal::add));
            }
        }
        return new BudgetTable(number, YEAR + "年部门" + TableType.of(number).titleWords(), TableStatus.PRESENT, null,
                DEPARTMENT, YEAR, "元", columns, rows, totals, line, null, null, new LineRange(firstLine, line));
    }

    private static BudgetTable emptyTable(int number, int firstLine) {
        return new BudgetTable(number, YEAR + "年部门" + TableType.of(number).titleWords(), TableStatus.EMPTY,
                "本部门2026年无国有资本经营预算安排的支出，故本表无数据。", DEPARTMENT, YEAR, "元",
                TableType.of(number).columns(), List.of(), Map.of(), firstLine + 5, null, null,
                new LineRange(firstLine, firstLine + 7));
    }

    static List<String> parts(String code) {
        List<String> parts = new ArrayList<>();
        parts.add(code.substring(0, 3));
        for (int i = 3; i + 2 <= code.length(); i += 2) {
            parts.add(code.substring(i, i + 2));
        }
        return parts;
    }

    // ---- summary tables -----------------------------------------------------------------------------------

    private static BudgetTable table1(Map<String, Map<String, BigDecimal>> t2, Map<String, Map<String, BigDecimal>> t3) {
        BigDecimal general = sumClasses(functionAmounts(5), Columns.TOTAL);
        BigDecimal fund = sumClasses(functionAmounts(6), Columns.TOTAL);
        BigDecimal other = sumClasses(t2, Columns.OTHER_INCOME);
        BigDecimal total = sumClasses(t2, Columns.TOTAL);
        List<SummaryItem> items = new ArrayList<>();
        int line = 105;
        items.add(item(Side.INCOME, Role.ITEM, "一、财政拨款收入", general.add(fund), line++));
        items.add(item(Side.INCOME, Role.SUB_ITEM, "1、一般预算资金", general, line++));
        items.add(item(Side.INCOME, Role.SUB_ITEM, "2、政府性基金", fund, line++));
        items.add(item(Side.INCOME, Role.SUB_ITEM, "3、国有资本经营预算", null, line++));
        items.add(item(Side.INCOME, Role.ITEM, "二、事业收入", null, line++));
        items.add(item(Side.INCOME, Role.ITEM, "三、事业单位经营收入", null, line++));
        items.add(item(Side.INCOME, Role.ITEM, "四、其他收入", other, line++));
        int expenseLine = 105;
        String[] numbers = {"一", "二", "三", "四", "五"};
        int n = 0;
        items.add(item(Side.EXPENSE, Role.ITEM, "一、一般公共服务支出", null, expenseLine++));
        n++;
        for (var entry : t3.entrySet()) {
            if (entry.getKey().length() == 3) {
                items.add(item(Side.EXPENSE, Role.ITEM, numbers[n++] + "、" + NAMES.get(entry.getKey()),
                        entry.getValue().get(Columns.TOTAL), expenseLine++));
            }
        }
        items.add(item(Side.INCOME, Role.TOTAL, "收入总计", total, 115));
        items.add(item(Side.EXPENSE, Role.TOTAL, "支出总计", sumClasses(t3, Columns.TOTAL), 115));
        return summaryTable(1, items, 100);
    }

    private static BudgetTable table4(Map<String, Map<String, BigDecimal>> t5, Map<String, Map<String, BigDecimal>> t6) {
        BigDecimal general = sumClasses(t5, Columns.TOTAL);
        BigDecimal fund = sumClasses(t6, Columns.TOTAL);
        List<SummaryItem> items = new ArrayList<>();
        items.add(item(Side.INCOME, Role.ITEM, "一、一般预算资金", general, 405));
        items.add(item(Side.INCOME, Role.ITEM, "二、政府性基金", fund, 406));
        items.add(item(Side.INCOME, Role.ITEM, "三、国有资本经营预算", null, 407));
        List<String> classes = new ArrayList<>();
        t5.keySet().stream().filter(c -> c.length() == 3).forEach(classes::add);
        t6.keySet().stream().filter(c -> c.length() == 3 && !classes.contains(c)).forEach(classes::add);
        String[] numbers = {"一", "二", "三", "四", "五"};
        int line = 405;
        BigDecimal totalGeneral = BigDecimal.ZERO.setScale(2);
        BigDecimal totalFund = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < classes.size(); i++) {
            String code = classes.get(i);
            BigDecimal g = t5.containsKey(code) ? t5.get(code).get(Columns.TOTAL) : BigDecimal.ZERO.setScale(2);
            BigDecimal f = t6.containsKey(code) ? t6.get(code).get(Columns.TOTAL) : BigDecimal.ZERO.setScale(2);
            items.add(fundItem(Side.EXPENSE, Role.ITEM, numbers[i] + "、" + NAMES.get(code), g, f, line++));
            totalGeneral = totalGeneral.add(g);
            totalFund = totalFund.add(f);
        }
        items.add(new SummaryItem(Side.INCOME, Role.TOTAL, "收入总计", "收入总计",
                Map.of(Columns.BUDGET, general.add(fund)), 410));
        items.add(fundItem(Side.EXPENSE, Role.TOTAL, "支出总计", totalGeneral, totalFund, 410));
        return summaryTable(4, items, 400);
    }

    private static SummaryItem item(Side side, Role role, String label, BigDecimal amount, int line) {
        Map<String, BigDecimal> amounts = amount == null ? Map.of() : Map.of(Columns.BUDGET, amount);
        return new SummaryItem(side, role, label, label.replaceFirst("^[一二三四五六七八九十]+、|^[0-9]+、", ""), amounts, line);
    }

    private static SummaryItem fundItem(Side side, Role role, String label, BigDecimal general, BigDecimal fund, int line) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put(Columns.TOTAL, general.add(fund));
        amounts.put(Columns.GENERAL_PUBLIC, general);
        amounts.put(Columns.GOVERNMENT_FUND, fund);
        amounts.put(Columns.STATE_CAPITAL, BigDecimal.ZERO.setScale(2));
        return new SummaryItem(side, role, label, label.replaceFirst("^[一二三四五六七八九十]+、", ""), amounts, line);
    }

    private static BudgetTable summaryTable(int number, List<SummaryItem> items, int firstLine) {
        return new BudgetTable(number, YEAR + "年部门" + TableType.of(number).titleWords(), TableStatus.PRESENT, null,
                DEPARTMENT, YEAR, "元", TableType.of(number).columns(), null, null, null, items, null,
                new LineRange(firstLine, firstLine + 20));
    }

    private static BigDecimal sumClasses(Map<String, Map<String, BigDecimal>> rows, String column) {
        return rows.entrySet().stream().filter(e -> e.getKey().length() == 3)
                .map(e -> e.getValue().getOrDefault(column, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    // ---- table 9 and the narrative ------------------------------------------------------------------------

    private static BudgetTable table9() {
        List<NamedCell> cells = List.of(
                cell("total", "合计", "6.00"), cell("abroad", "因公出国(境)费", "2.00"),
                cell("reception", "公务接待费", "1.00"), cell("vehicleTotal", "小计", "3.00"),
                cell("vehiclePurchase", "购置费", "0.00"), cell("vehicleRunning", "运行费", "3.00"),
                cell("operatingExpenses", YEAR + "年机关运行经费预算数", "92.03"));
        return new BudgetTable(9, YEAR + "年部门" + TableType.of(9).titleWords(), TableStatus.PRESENT, null, DEPARTMENT,
                YEAR, "万元", List.of(), null, null, null, null, cells, new LineRange(900, 911));
    }

    private static NamedCell cell(String name, String label, String printed) {
        BigDecimal value = new BigDecimal(printed);
        return new NamedCell(name, label, printed, value, value.movePointRight(4), 911);
    }

    static List<NarrativeFact> facts() {
        List<NarrativeFact> facts = new ArrayList<>();
        facts.add(fact(FactKind.INCOME_TOTAL, "收入预算", "28235.67", 74));
        facts.add(fact(FactKind.FISCAL_INCOME, "财政拨款收入", "28232.67", 74));
        facts.add(fact(FactKind.BUSINESS_INCOME, "事业收入", "0", 74));
        facts.add(fact(FactKind.OPERATING_INCOME, "事业单位经营收入", "0", 74));
        facts.add(fact(FactKind.OTHER_INCOME, "其他收入", "3", 74));
        facts.add(fact(FactKind.EXPENSE_TOTAL, "支出预算", "28235.67", 76));
        facts.add(fact(FactKind.FISCAL_EXPENSE, "财政拨款支出预算", "28232.67", 76));
        facts.add(fact(FactKind.GENERAL_PUBLIC_EXPENSE, "一般公共预算拨款支出预算", "28182.67", 76));
        facts.add(fact(FactKind.GOVERNMENT_FUND_EXPENSE, "政府性基金拨款支出预算", "50", 76));
        facts.add(fact(FactKind.STATE_CAPITAL_EXPENSE, "国有资本经营预算拨款支出预算", "0", 76));
        facts.add(fact(FactKind.SUBJECT_ITEM, "城乡医疗救助", "3496.59", 78));
        // 2025年当年预算执行数为3300万元，2026年预算安排3496.59万元，比2025年预算执行数增加196.59万元，增长5.96%
        facts.add(new NarrativeFact(FactKind.STATED_CHANGE, "城乡医疗救助", PrintedAmount.of("3496.59", "万元"),
                PrintedAmount.of("196.59", "万元"), YEAR - 1, 78, null, PrintedAmount.of("3300", "万元"),
                PrintedAmount.of("5.96", "%"), NarrativeFact.ComparisonBasis.EXECUTION));
        facts.add(fact(FactKind.SUBJECT_ITEM, "其他医疗救助支出", "23998.63", 79));
        facts.add(fact(FactKind.SUBJECT_ITEM, "卫生健康支出（类）", "27,870.64", 80));
        facts.add(fact(FactKind.THREE_PUBLIC_TOTAL, "“三公”经费", "6", 930));
        facts.add(fact(FactKind.THREE_PUBLIC_ABROAD, "因公出国（境）费", "2", 931));
        facts.add(fact(FactKind.THREE_PUBLIC_VEHICLE_TOTAL, "公务用车购置及运行费", "3", 932));
        facts.add(fact(FactKind.THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费", "0", 932));
        facts.add(fact(FactKind.THREE_PUBLIC_VEHICLE_RUNNING, "公务用车运行费", "3", 932));
        facts.add(fact(FactKind.THREE_PUBLIC_RECEPTION, "公务接待费", "1", 933));
        facts.add(fact(FactKind.OPERATING_EXPENSES, "机关运行经费", "92.03", 936));
        facts.add(fact(FactKind.PROCUREMENT_TOTAL, "政府采购预算", "44.90", 940));
        facts.add(fact(FactKind.PROCUREMENT_GOODS, "政府采购货物预算", "1.70", 940));
        facts.add(fact(FactKind.PROCUREMENT_WORKS, "政府采购工程预算", "0", 940));
        facts.add(fact(FactKind.PROCUREMENT_SERVICES, "政府采购服务预算", "43.20", 940));
        facts.add(fact(FactKind.PERFORMANCE_FUNDS, "涉及项目预算资金", "27631.60", 944));
        facts.add(fact(FactKind.PROJECT_ANNUAL_BUDGET, "市民社区医疗互助帮困", "24001.63", 970));
        facts.add(fact(FactKind.PROJECT_ANNUAL_BUDGET, "医疗救助经费", "3496.59", 990));
        facts.add(new NarrativeFact(FactKind.PERFORMANCE_FORM_AMOUNT, "医疗救助",
                PrintedAmount.of("34,965,856.50", "元"), null, null, 1010));
        return facts;
    }

    public static NarrativeFact fact(FactKind kind, String label, String printed, int line) {
        return new NarrativeFact(kind, label, PrintedAmount.of(printed, "万元"), null, null, line);
    }

    /**
     * The same budget as a unit budget prints it: table 1's expense lines split into 人员经费, 公用经费 and 项目支出,
     * consistent with table 3 (基本支出 and 项目支出 per 类) and table 8 (人员经费 and 公用经费 in total). All of
     * 公用经费 sits in the 类 with the most 基本支出.
     */
    public static ParsedBudget unitBudget() {
        ParsedBudget budget = consistent();
        BudgetTable t3 = budget.table(3);
        BudgetTable t8 = budget.table(8);
        java.math.BigDecimal publicUse = t8.totals().get(TableType.Columns.PUBLIC_USE);
        TableRow richest = t3.rows().stream().filter(r -> r.level() == 1)
                .max(java.util.Comparator.comparing(r -> r.amount(TableType.Columns.BASIC))).orElseThrow();
        BudgetTable t1 = budget.table(1);
        List<SummaryItem> items = new ArrayList<>();
        for (SummaryItem item : t1.items()) {
            if (item.side() != SummaryItem.Side.EXPENSE) {
                items.add(item);
                continue;
            }
            java.math.BigDecimal basic;
            java.math.BigDecimal project;
            java.math.BigDecimal publicPart;
            if (item.role() == SummaryItem.Role.TOTAL) {
                basic = t3.totals().get(TableType.Columns.BASIC);
                project = t3.totals().get(TableType.Columns.PROJECT);
                publicPart = publicUse;
            } else {
                TableRow row = t3.rows().stream().filter(r -> r.level() == 1 && r.name().equals(item.name()))
                        .findFirst().orElse(null);
                basic = row == null ? java.math.BigDecimal.ZERO : row.amount(TableType.Columns.BASIC);
                project = row == null ? java.math.BigDecimal.ZERO : row.amount(TableType.Columns.PROJECT);
                publicPart = row == richest ? publicUse : java.math.BigDecimal.ZERO;
            }
            Map<String, java.math.BigDecimal> amounts = new LinkedHashMap<>();
            amounts.put(TableType.Columns.TOTAL, item.amount(TableType.Columns.BUDGET));
            amounts.put(TableType.Columns.PERSONNEL, basic.subtract(publicPart));
            amounts.put(TableType.Columns.PUBLIC_USE, publicPart);
            amounts.put(TableType.Columns.PROJECT, project);
            items.add(new SummaryItem(item.side(), item.role(), item.label(), item.name(), amounts, item.line()));
        }
        BudgetTable unitT1 = new BudgetTable(1, t1.title(), t1.status(), t1.note(), t1.preparedBy(), t1.headerYear(),
                t1.unit(), List.of(TableType.Columns.BUDGET, TableType.Columns.TOTAL, TableType.Columns.PERSONNEL,
                TableType.Columns.PUBLIC_USE, TableType.Columns.PROJECT), t1.rows(), t1.totals(), t1.totalLine(), items,
                t1.cells(), t1.lines());
        List<BudgetTable> tables = new ArrayList<>(budget.tables());
        tables.set(0, unitT1);
        return new ParsedBudget(budget.metadata(), tables, budget.facts(), budget.diagnostics());
    }
}
