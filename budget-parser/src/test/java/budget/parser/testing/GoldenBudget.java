package budget.parser.testing;

import budget.events.EventJson;
import budget.model.BudgetKind;
import budget.model.BudgetTable;
import budget.model.GovernmentLevel;
import budget.model.NamedCell;
import budget.model.ParsedBudget;
import budget.model.SummaryItem;
import budget.model.TableRow;
import budget.model.TableStatus;
import budget.model.TableType;
import budget.model.TableType.Columns;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A golden budget as a neutral description of its tables: what a document prints, without how it prints it. Made
 * from either kind of golden (a sample's full {@link ParsedBudget} golden or a corpus content golden), so that the
 * {@link DocumentGenerator} can print both, and {@link ReadBack} can compare what the parser reads against it.
 * Amounts are exact values in yuan (table 9 in 万元); a zero and a blank cell are the same amount here.
 *
 * @param name       the golden's file name without .json
 * @param department the department as the title block prints it
 * @param levelWord  the level as the title prints it (市级, 区级, 省级, 县级, 旗级)
 * @param region     the region of the level (上海市, 上海市普陀区)
 * @param supervisor a unit budget's 预算主管部门 printed on the cover above the unit, or null
 * @param titleName  what the title starts with instead of the region and its level word (the department: {@code
 *                   北京市朝阳区教育委员会2026年部门预算}), or null
 */
public record GoldenBudget(String name, String department, String departmentKey, int year, BudgetKind kind,
                           GovernmentLevel level, String levelWord, String region, String supervisor,
                           String titleName, List<Table> tables) {

    /** The title's level word of the goldens' own documents. */
    static String levelWord(GovernmentLevel level) {
        return level == GovernmentLevel.CITY ? "市级" : "区级";
    }

    /** Every golden: the five samples' parser goldens and the four corpus content goldens. */
    public static final List<String> NAMES = List.of(
            "baoshan-medical-security-2026",
            "minhang-medical-security-2023",
            "minhang-medical-security-2026",
            "shanghai-medical-security-2026",
            "songjiang-medical-security-2026",
            "putuo-finance-bureau-2025-dept",
            "putuo-justice-bureau-2026-dept",
            "putuo-justice-bureau-2026-unit",
            "shanghai-finance-bureau-2025-unit");

    /**
     * One table. Code tables fill {@code rows} and {@code totals} ({@code totals} empty when no 合计 row has an
     * amount); summary tables {@code items}; table 9 {@code cells} (name → 万元, in {@code ThreePublicCells} order).
     */
    public record Table(int number, TableStatus status, String note, List<String> columns, List<Row> rows,
                        Map<String, BigDecimal> totals, List<Item> items, Map<String, BigDecimal> cells) {

        public TableType type() {
            return TableType.of(number);
        }

        /** The summary columns of the income side: 预算数. */
        public List<String> incomeColumns() {
            return List.of(Columns.BUDGET);
        }

        /** The summary columns of the expense side: 预算数, or 合计 … when the table splits its expense. */
        public List<String> expenseColumns() {
            return columns.size() == 1 ? columns : columns.subList(1, columns.size());
        }

        /** Whether table 1 splits expense into 合计 / 人员经费 / 公用经费 / 项目支出 (unit budgets). */
        public boolean splitExpense() {
            return number == 1 && columns.size() > 1;
        }
    }

    /** A code table row; {@code parts} are the printed levels (类 / 款 / 项). */
    public record Row(String code, List<String> parts, String name, Map<String, BigDecimal> amounts) {
    }

    /** A summary table line; {@code label} carries its numbering (一、…, 1、…), a TOTAL none. */
    public record Item(SummaryItem.Side side, SummaryItem.Role role, String label, String name,
                       Map<String, BigDecimal> amounts) {
    }

    public Table table(int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    /** Loads a golden by name, from the samples' goldens or the corpus goldens. */
    public static GoldenBudget load(String name) {
        // Maven runs in the module (this one, or another module using the test jar), an IDE at the root
        for (Path module : List.of(Path.of(""), Path.of("budget-parser"), Path.of("..", "budget-parser"))) {
            Path sample = module.resolve(Path.of("src", "test", "resources", "golden", name + ".json"));
            if (Files.isRegularFile(sample)) {
                return fromParsed(name, EventJson.read(read(sample), ParsedBudget.class));
            }
        }
        return fromContent(name, Corpus.golden(name));
    }

    /** From a sample's full golden: the parser's model, checked independently. */
    public static GoldenBudget fromParsed(String name, ParsedBudget budget) {
        List<Table> tables = new ArrayList<>();
        for (BudgetTable t : budget.tables()) {
            List<Row> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                rows.add(new Row(r.code(), r.codeParts(), r.name(), r.amounts()));
            }
            List<Item> items = new ArrayList<>();
            for (SummaryItem i : t.items()) {
                items.add(new Item(i.side(), i.role(), i.label(), i.name(), i.amounts()));
            }
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            for (NamedCell c : t.cells()) {
                cells.put(c.name(), c.tenThousandYuan());
            }
            tables.add(new Table(t.number(), t.status(), t.note(), t.columns(), rows, t.totals(), items, cells));
        }
        var meta = budget.metadata();
        return new GoldenBudget(name, meta.departmentPrinted(), meta.departmentKey(), meta.year(), meta.kind(),
                meta.level(), levelWord(meta.level()), meta.region(), null, null, tables);
    }

    /** From a corpus content golden ({@code samples/golden/README.md}). */
    public static GoldenBudget fromContent(String name, JsonNode golden) {
        String key = golden.get("departmentKey").asString();
        GovernmentLevel level = GovernmentLevel.valueOf(golden.get("level").asString());
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : golden.get("tables")) {
            int number = t.get("number").asInt();
            TableStatus status = TableStatus.valueOf(t.get("status").asString());
            String note = t.has("note") ? t.get("note").asString() : null;
            List<String> columns = new ArrayList<>();
            t.path("columns").forEach(c -> columns.add(c.asString()));
            boolean split = number == 1 && columns.size() > 1;
            if (split) {
                // the golden writes the expense 合计 under its spanning heading 预算数; the parser names it 合计
                columns.add(1, Columns.TOTAL);
            }
            List<Row> rows = new ArrayList<>();
            for (JsonNode r : t.path("rows")) {
                String code = r.get("code").asString();
                rows.add(new Row(code, parts(code), r.get("name").asString(), amounts(r.get("amounts"), null)));
            }
            List<Item> items = new ArrayList<>();
            int[] counters = new int[3]; // income items, income sub-items, expense items
            for (JsonNode i : t.path("items")) {
                SummaryItem.Side side = SummaryItem.Side.valueOf(i.get("side").asString());
                SummaryItem.Role role = SummaryItem.Role.valueOf(i.get("role").asString());
                String itemName = i.get("name").asString();
                String label = switch (role) {
                    case TOTAL -> itemName;
                    case SUB_ITEM -> (++counters[1]) + "、" + itemName;
                    case ITEM -> {
                        int n = side == SummaryItem.Side.INCOME ? ++counters[0] : ++counters[2];
                        if (side == SummaryItem.Side.INCOME) {
                            counters[1] = 0;
                        }
                        yield chineseNumeral(n) + "、" + itemName;
                    }
                };
                String rename = split && side == SummaryItem.Side.EXPENSE ? Columns.TOTAL : null;
                items.add(new Item(side, role, label, itemName, amounts(i.get("amounts"), rename)));
            }
            Map<String, BigDecimal> cells = new LinkedHashMap<>();
            if (number == 9) {
                JsonNode printed = t.path("cells");
                for (String cell : List.of("total", "abroad", "reception", "vehicleTotal", "vehiclePurchase",
                        "vehicleRunning", "operatingExpenses")) {
                    cells.put(cell, printed.has(cell) ? new BigDecimal(printed.get(cell).asString()) : BigDecimal.ZERO);
                }
            }
            Map<String, BigDecimal> totals = amounts(t.get("totals"), null);
            tables.add(new Table(number, status, note, columns, rows, totals, items, cells));
        }
        String region = level == GovernmentLevel.CITY ? key.substring(0, key.indexOf('市') + 1)
                : key.substring(0, key.indexOf('区') + 1);
        return new GoldenBudget(name, key, key, golden.get("year").asInt(),
                BudgetKind.valueOf(golden.get("kind").asString()), level, levelWord(level), region, null, null, tables);
    }

    /** 2080505 → 208 / 05 / 05; 30201 → 302 / 01. */
    static List<String> parts(String code) {
        List<String> parts = new ArrayList<>();
        parts.add(code.substring(0, 3));
        for (int i = 3; i < code.length(); i += 2) {
            parts.add(code.substring(i, i + 2));
        }
        return parts;
    }

    private static Map<String, BigDecimal> amounts(JsonNode node, String budgetAs) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (node != null) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String column = budgetAs != null && e.getKey().equals(Columns.BUDGET) ? budgetAs : e.getKey();
                amounts.put(column, new BigDecimal(e.getValue().asString()));
            }
        }
        return amounts;
    }

    /** 1 → 一, 11 → 十一, 20 → 二十, 22 → 二十二. */
    static String chineseNumeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : digits.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + digits.charAt(n % 10);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
