package budget.parser.testing;

import budget.model.BudgetKind;
import budget.model.GovernmentLevel;
import budget.model.SummaryItem;
import budget.model.TableStatus;
import budget.model.TableType;
import budget.parser.testing.GoldenBudget.Item;
import budget.parser.testing.GoldenBudget.Row;
import budget.parser.testing.GoldenBudget.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a generated document prints, as opposed to how ({@link Variation}'s other choices): the same golden budget
 * with other amounts, another place and level, another department or unit, another year. Every choice keeps the
 * budget consistent: amounts are multiplied by one integer factor, which keeps every linear identity of the budget
 * (row sums, hierarchy sums, cross-table equalities, table 1 and table 9); the place, department and year are
 * printed wherever the golden prints its own (title block, 编制部门, notes of empty tables, the 三公 paragraph).
 * {@link #apply} makes the varied golden, which the document is printed from and the reading compared with.
 *
 * @param scale      every amount multiplied by this factor (1: the golden's amounts)
 * @param year       the budget year (0: the golden's)
 * @param place      one of {@link #PLACES} by name (empty: the golden's place)
 * @param department the department (or, for a unit budget, the unit), {@code {}} standing for the place (empty:
 *                   the golden's)
 * @param spelling   how the title block and the tables spell the name
 * @param supervisor a unit budget's 预算主管部门, printed on the cover above the unit ({@code {}} the place; empty:
 *                   none printed)
 * @param fund       {@code 6:k} or {@code 7:k}: half the project spending of table 5's k-th 项 row with project
 *                   spending (counted round) is funded by the government fund budget (table 6) or the state capital
 *                   budget (table 7) instead, so that table has rows where the golden's is empty; tables 1 and 4
 *                   move the amount between their fund lines; {@code 2:k}: paid from 事业收入 instead, a column of
 *                   table 2 and an item of table 1 the goldens leave at zero (empty: the golden's tables)
 * @param classes    other function classes for the golden's own: {@code 201/205}, the golden's classes other than
 *                   the staff classes 208 and 221 (which every department has) in code order, each replaced by
 *                   the class of the same position here, with its name in every table (empty: the golden's)
 * @param namedTitle the title starts with the department (or unit) in full instead of the place and its level word:
 *                   {@code 北京市朝阳区教育委员会2026年部门预算}, as many covers print it
 */
public record Content(long scale, int year, String place, String department, Spelling spelling, String supervisor,
                      String fund, String classes, boolean namedTitle) {

    public static final Content NONE = new Content(1, 0, "", "", Spelling.FULL, "", "", "", false);

    /** How the department's name is printed; the key is always the full name. */
    public enum Spelling {
        /** The full name, place first: 广州市天河区教育局. */
        FULL,
        /** Without the place's first level (天河区教育局 under a 广州市天河区 title): the key gets it back. */
        SHORT,
        /** A department code before the name, as 157上海市松江区医疗保障局. */
        CODE,
        /** A consolidated budget: 广州市天河区教育局（汇总）. */
        CONSOLIDATED
    }

    /**
     * A place whose budgets are published: its name as titles print it, the level word of the title and the level
     * it means.
     */
    public record Place(String name, String levelWord, GovernmentLevel level) {
        /** The place without its first level (杭州市西湖区 of 浙江省杭州市西湖区), or null when it has one level. */
        String shortName() {
            List<String> parts = placeParts(name);
            return parts.size() < 2 ? null : String.join("", parts.subList(1, parts.size()));
        }
    }

    /** Provinces, cities, districts, counties and banners, one or more levels printed. */
    public static final List<Place> PLACES = List.of(
            new Place("上海市", "市级", GovernmentLevel.CITY),
            new Place("北京市朝阳区", "区级", GovernmentLevel.DISTRICT),
            new Place("广东省", "省级", GovernmentLevel.CITY),
            new Place("广州市", "市级", GovernmentLevel.CITY),
            new Place("广州市天河区", "区级", GovernmentLevel.DISTRICT),
            new Place("浙江省杭州市西湖区", "区级", GovernmentLevel.DISTRICT),
            new Place("浙江省安吉县", "县级", GovernmentLevel.DISTRICT),
            new Place("长沙县", "县级", GovernmentLevel.DISTRICT),
            new Place("四川省成都市", "市级", GovernmentLevel.CITY),
            new Place("重庆市渝中区", "区级", GovernmentLevel.DISTRICT),
            new Place("天津市滨海新区", "区级", GovernmentLevel.DISTRICT),
            new Place("内蒙古自治区鄂尔多斯市伊金霍洛旗", "旗级", GovernmentLevel.DISTRICT));

    /** Departments of every kind of body ({@code {}}: the place). */
    static final List<String> DEPARTMENTS = List.of(
            "{}教育委员会", "{}人民政府办公室", "{}财政局", "{}卫生健康委员会", "{}机关事务管理局", "{}政务服务中心",
            "中共{}委宣传部", "{}发展和改革委员会", "{}市场监督管理局", "{}农业农村局", "{}教育局");

    /** Budget units under a department. */
    static final List<String> UNITS = List.of(
            "{}第一中学", "{}疾病预防控制中心", "{}实验小学", "{}档案馆", "{}机关事务服务中心", "{}人民医院");

    /** Factors (besides the ones found for a golden) that make amounts whole: cents × 100 are whole yuan. */
    private static final long[] WHOLE = {100, 200, 300, 400, 500, 1000, 2000, 2500, 5000};

    public Content {
        if (scale < 1) {
            throw new IllegalArgumentException("scale " + scale);
        }
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /**
     * A random content for a golden, each choice on its own: the amounts scaled in three tries of four (a random
     * factor, one that makes amounts whole, one that makes an amount look like a code or like a page number), another
     * year in two of three, another place and department in three of four, a fund table or 事业收入 in one of four,
     * other classes in one of three, a title naming the department in one of four.
     */
    public static Content random(Random random, GoldenBudget golden) {
        long scale = switch (random.nextInt(8)) {
            case 0, 1 -> 1;
            case 2, 3 -> 2 + random.nextInt(9998);
            case 4 -> WHOLE[random.nextInt(WHOLE.length)];
            case 5 -> lookalike(random, golden, 20_000, 39_999, 2_000_000, 3_999_999); // code-like: 2xxxx, 3xxxxxx
            case 6 -> lookalike(random, golden, 10, 99, 10, 99); // page-number-like
            default -> 2 + random.nextInt(98);
        };
        int year = random.nextInt(3) == 0 ? 0 : 2019 + random.nextInt(9);
        String place = "";
        String department = "";
        Spelling spelling = Spelling.FULL;
        String supervisor = "";
        if (random.nextInt(4) != 0) {
            Place p = PLACES.get(random.nextInt(PLACES.size()));
            place = p.name();
            boolean unit = golden.kind() == BudgetKind.UNIT;
            department = unit ? pick(random, UNITS) : pick(random, DEPARTMENTS);
            if (unit && random.nextBoolean()) {
                supervisor = pick(random, DEPARTMENTS);
            }
            Spelling[] spellings = Spelling.values();
            spelling = spellings[random.nextInt(spellings.length)];
        }
        String fund = random.nextInt(4) == 0 ? List.of("2", "6", "7").get(random.nextInt(3)) + ":" + (1 + random.nextInt(9))
                : "";
        String classes = random.nextInt(3) == 0 ? otherClasses(random, golden) : "";
        boolean namedTitle = random.nextInt(4) == 0;
        return new Content(scale, year, place, department, spelling, supervisor, fund, classes, namedTitle)
                .normalised();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * A factor that turns some amount of the golden into a whole number in one of two ranges (a code's or a page
     * number's digits), or a random factor when no amount can get there within 2..9999.
     */
    static long lookalike(Random random, GoldenBudget golden, long low1, long high1, long low2, long high2) {
        List<BigDecimal> amounts = new ArrayList<>(amounts(golden));
        Collections.shuffle(amounts, random);
        for (BigDecimal amount : amounts) {
            for (long[] range : new long[][]{{low1, high1}, {low2, high2}}) {
                List<Long> factors = new ArrayList<>();
                long from = Math.max(2, range[0] / Math.max(1, amount.longValue() + 1));
                for (long k = from; k <= 9999 && factors.size() < 50; k++) {
                    BigDecimal scaled = amount.multiply(BigDecimal.valueOf(k));
                    if (scaled.compareTo(BigDecimal.valueOf(range[1])) > 0) {
                        break;
                    }
                    if (scaled.compareTo(BigDecimal.valueOf(range[0])) >= 0 && scaled.stripTrailingZeros().scale() <= 0) {
                        factors.add(k);
                    }
                }
                if (!factors.isEmpty()) {
                    return factors.get(random.nextInt(factors.size()));
                }
            }
        }
        return 2 + random.nextInt(9998);
    }

    /** Every nonzero amount the golden prints (tables 1–8 in 元, table 9 in 万元). */
    private static List<BigDecimal> amounts(GoldenBudget golden) {
        List<BigDecimal> out = new ArrayList<>();
        for (Table t : golden.tables()) {
            t.rows().forEach(r -> out.addAll(r.amounts().values()));
            out.addAll(t.totals().values());
            t.items().forEach(i -> out.addAll(i.amounts().values()));
            out.addAll(t.cells().values());
        }
        out.removeIf(a -> a == null || a.signum() <= 0);
        return out;
    }

    /** Choices that cannot show set plain: a supervisor only with a department, a spelling only with a place. */
    public Content normalised() {
        boolean named = !department.isEmpty();
        Spelling s = named ? spelling : Spelling.FULL;
        if (s == Spelling.SHORT && (place.isEmpty() || place(place).shortName() == null
                || !department.startsWith("{}"))) {
            s = Spelling.FULL;
        }
        return new Content(scale, year, named ? place : "", department, s, named ? supervisor : "", fund, classes,
                namedTitle);
    }

    static Place place(String name) {
        return PLACES.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no place " + name));
    }

    /** The place's levels: 浙江省 / 杭州市 / 西湖区; 内蒙古自治区 / 鄂尔多斯市 / 伊金霍洛旗. */
    static List<String> placeParts(String place) {
        List<String> parts = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\\p{IsHan}+?(?:自治区|自治州|省|市|新区|区|县|旗)").matcher(place);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }

    /** Contents one step closer to the golden's own, for shrinking. */
    public List<Content> simpler() {
        List<Content> out = new ArrayList<>();
        if (scale != 1) {
            out.add(new Content(1, year, place, department, spelling, supervisor, fund, classes, namedTitle));
        }
        if (year != 0) {
            out.add(new Content(scale, 0, place, department, spelling, supervisor, fund, classes, namedTitle));
        }
        if (!department.isEmpty()) {
            out.add(new Content(scale, year, "", "", Spelling.FULL, "", fund, classes, namedTitle));
        }
        if (spelling != Spelling.FULL) {
            out.add(new Content(scale, year, place, department, Spelling.FULL, supervisor, fund, classes, namedTitle));
        }
        if (!supervisor.isEmpty()) {
            out.add(new Content(scale, year, place, department, spelling, "", fund, classes, namedTitle));
        }
        if (!fund.isEmpty()) {
            out.add(new Content(scale, year, place, department, spelling, supervisor, "", classes, namedTitle));
        }
        if (!classes.isEmpty()) {
            out.add(new Content(scale, year, place, department, spelling, supervisor, fund, "", namedTitle));
        }
        if (namedTitle) {
            out.add(new Content(scale, year, place, department, spelling, supervisor, fund, classes, false));
        }
        return out.stream().map(Content::normalised).filter(c -> !c.equals(this)).toList();
    }

    /** The choices that differ from the golden's own, as {@code key=value} parts of a variation's description. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        if (scale != 1) out.add("scale=" + scale);
        if (year != 0) out.add("year=" + year);
        if (!place.isEmpty()) out.add("place=" + place);
        if (!department.isEmpty()) out.add("department=" + department);
        if (spelling != Spelling.FULL) out.add("spelling=" + spelling);
        if (!supervisor.isEmpty()) out.add("supervisor=" + supervisor);
        if (!fund.isEmpty()) out.add("fund=" + fund);
        if (!classes.isEmpty()) out.add("classes=" + classes);
        if (namedTitle) out.add("namedTitle=true");
        return out;
    }

    /** Reads one {@code key=value} part of a description into this content; null when the key is not a content's. */
    Content with(String key, String value) {
        return switch (key) {
            case "scale" -> new Content(Long.parseLong(value), year, place, department, spelling, supervisor, fund,
                    classes, namedTitle);
            case "year" -> new Content(scale, Integer.parseInt(value), place, department, spelling, supervisor, fund,
                    classes, namedTitle);
            case "place" -> new Content(scale, year, value, department, spelling, supervisor, fund, classes, namedTitle);
            case "department" -> new Content(scale, year, place, value, spelling, supervisor, fund, classes,
                    namedTitle);
            case "spelling" -> new Content(scale, year, place, department, Spelling.valueOf(value), supervisor, fund,
                    classes, namedTitle);
            case "supervisor" -> new Content(scale, year, place, department, spelling, value, fund, classes,
                    namedTitle);
            case "fund" -> new Content(scale, year, place, department, spelling, supervisor, value, classes,
                    namedTitle);
            case "classes" -> new Content(scale, year, place, department, spelling, supervisor, fund, value,
                    namedTitle);
            case "namedTitle" -> new Content(scale, year, place, department, spelling, supervisor, fund, classes,
                    Boolean.parseBoolean(value));
            default -> null;
        };
    }

    // ---------------------------------------------------------------- the varied golden

    /** The golden with this content: what the document prints and what reading it must give. */
    public GoldenBudget apply(GoldenBudget golden) {
        if (isNone()) {
            return golden;
        }
        int y = year == 0 ? golden.year() : year;
        String printed = golden.department();
        String key = golden.departmentKey();
        String region = golden.region();
        String levelWord = golden.levelWord();
        GovernmentLevel level = golden.level();
        String supervisorName = golden.supervisor();
        if (!department.isEmpty()) {
            Place p = place.isEmpty() ? new Place(golden.region(), golden.levelWord(), golden.level()) : place(place);
            key = department.replace("{}", p.name());
            printed = switch (spelling) {
                case FULL -> key;
                case SHORT -> department.replace("{}", p.shortName());
                case CODE -> (100 + Math.floorMod(key.hashCode(), 900)) + key;
                case CONSOLIDATED -> key + "（汇总）";
            };
            region = p.name();
            levelWord = p.levelWord();
            level = p.level();
            supervisorName = supervisor.isEmpty() ? null : supervisor.replace("{}", p.name());
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : golden.tables()) {
            String note = t.note() == null ? null : renamed(t.note(), golden, key, y);
            tables.add(new Table(t.number(), t.status(), note, t.columns(), rows(t.rows()), scaled(t.totals()),
                    items(t.items()), scaled(t.cells())));
        }
        if (scale != 1) {
            tables = roundedThreePublic(golden, tables);
        }
        if (!classes.isEmpty()) {
            tables = reclassed(tables, List.of(classes.split("/")));
        }
        if (!fund.isEmpty()) {
            int source = Integer.parseInt(fund.substring(0, 1));
            int k = Integer.parseInt(fund.substring(2));
            tables = source == 2 ? businessIncome(tables, k) : funded(tables, source, k);
        }
        return new GoldenBudget(golden.name(), printed, key, y, golden.kind(), level, levelWord, region,
                supervisorName, namedTitle ? key : null, tables);
    }

    /**
     * The tables with half the project spending X of one 项 row of table 5 funded by table {@code fundTable}'s
     * budget: table 5 loses X on the row, its parents and 合计; table 6 (or 7) gets the row, its parents and 合计 with
     * X; table 4 moves X from its 一般公共预算 lines to the fund's (income and the 类's expense line), table 1 from its
     * 一般公共预算 sub-item to the fund's. Tables 2, 3, 8 and 9 do not change (project spending, all 财政拨款).
     * Unchanged where the golden has no such row or table, or the lines cannot be told.
     */
    private static List<Table> funded(List<Table> tables, int fundTable, int k) {
        Table t5 = find(tables, 5);
        Table target = find(tables, fundTable);
        Table t4 = find(tables, 4);
        Table t1 = find(tables, 1);
        if (t5 == null || target == null || t4 == null || t1 == null || target.status() != TableStatus.EMPTY) {
            return tables;
        }
        String total = TableType.Columns.TOTAL;
        String project = t5.columns().get(t5.columns().size() - 1);
        Row leaf = projectLeaf(t5, k);
        if (leaf == null) {
            return tables;
        }
        BigDecimal x = half(leaf, project);
        Row type = t5.rows().stream().filter(r -> r.code().equals(leaf.code().substring(0, 3))).findFirst().orElse(null);
        List<Item> income4 = t4.items().stream().filter(i -> i.side() == SummaryItem.Side.INCOME
                && i.role() == SummaryItem.Role.ITEM).toList();
        List<Item> sub1 = t1.items().stream().filter(i -> i.role() == SummaryItem.Role.SUB_ITEM).toList();
        Item expense4 = type == null ? null : t4.items().stream().filter(i -> i.side() == SummaryItem.Side.EXPENSE
                && i.role() == SummaryItem.Role.ITEM && i.name().equals(type.name())).findFirst().orElse(null);
        int fundIndex = fundTable == 6 ? 1 : 2;
        if (expense4 == null || income4.size() < 3 || sub1.size() < 3 || t4.expenseColumns().size() < 4) {
            return tables;
        }
        String general4 = t4.expenseColumns().get(1);
        String fund4 = t4.expenseColumns().get(1 + fundIndex);
        String budget = t1.incomeColumns().get(0);
        BigDecimal minus = x.negate();

        List<Row> rows5 = new ArrayList<>();
        List<Row> rowsFund = new ArrayList<>();
        for (Row r : t5.rows()) {
            if (leaf.code().startsWith(r.code())) {
                rows5.add(new Row(r.code(), r.parts(), r.name(), plus(plus(r.amounts(), total, minus), project, minus)));
                Map<String, BigDecimal> amounts = new LinkedHashMap<>();
                for (String column : target.columns()) {
                    amounts.put(column, column.equals(total) || column.equals(project) ? x : BigDecimal.ZERO);
                }
                rowsFund.add(new Row(r.code(), r.parts(), r.name(), amounts));
            } else {
                rows5.add(r);
            }
        }
        Map<String, BigDecimal> fundTotals = new LinkedHashMap<>(rowsFund.get(0).amounts());
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            switch (t.number()) {
                case 1 -> out.add(withItems(t, t.items().stream().map(i -> i == sub1.get(0) ? plus(i, budget, minus)
                        : i == sub1.get(fundIndex) ? plus(i, budget, x) : i).toList()));
                case 4 -> out.add(withItems(t, t.items().stream().map(i -> {
                    if (i == income4.get(0)) {
                        return plus(i, budget, minus);
                    }
                    if (i == income4.get(fundIndex)) {
                        return plus(i, budget, x);
                    }
                    boolean moves = i == expense4 || i.side() == SummaryItem.Side.EXPENSE && i.role() == SummaryItem.Role.TOTAL;
                    return moves ? plus(plus(i, general4, minus), fund4, x) : i;
                }).toList()));
                case 5 -> out.add(new Table(5, t.status(), t.note(), t.columns(), rows5,
                        plus(plus(t.totals(), total, minus), project, minus), t.items(), t.cells()));
                default -> out.add(t.number() == fundTable ? new Table(fundTable, TableStatus.PRESENT, null,
                        t.columns(), rowsFund, fundTotals, t.items(), t.cells()) : t);
            }
        }
        return out;
    }

    /** Table 5's k-th 项 row (counted round) with project spending of at least 0.02, or null. */
    private static Row projectLeaf(Table t5, int k) {
        String project = TableType.Columns.PROJECT;
        List<Row> leaves = t5.rows().stream().filter(r -> r.parts().size() == 3
                && r.amounts().getOrDefault(project, BigDecimal.ZERO).compareTo(new BigDecimal("0.02")) >= 0).toList();
        return leaves.isEmpty() ? null : leaves.get((k - 1) % leaves.size());
    }

    private static BigDecimal half(Row row, String column) {
        return row.amounts().get(column).divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
    }

    /**
     * The tables with half the project spending X of one 项 row of table 5 paid from 事业收入 (a unit's own income,
     * a school's fees, a hospital's) instead of 财政拨款: table 2 moves X from 财政拨款收入 to 事业收入 on the row,
     * its parents and 合计; table 1 from 财政拨款收入 (and its 一般公共预算 sub-item) to 事业收入; table 5 and table 4
     * (财政拨款 only) lose X on the row's lines, parents and totals. Tables 3, 6–9 do not change.
     */
    private static List<Table> businessIncome(List<Table> tables, int k) {
        Table t5 = find(tables, 5);
        Table t2 = find(tables, 2);
        Table t4 = find(tables, 4);
        Table t1 = find(tables, 1);
        if (t5 == null || t2 == null || t4 == null || t1 == null) {
            return tables;
        }
        String total = TableType.Columns.TOTAL;
        String project = TableType.Columns.PROJECT;
        String fiscal = TableType.Columns.FISCAL_APPROPRIATION;
        String business = TableType.Columns.BUSINESS_INCOME;
        Row leaf = projectLeaf(t5, k);
        if (leaf == null || !t2.columns().contains(business)
                || t2.rows().stream().noneMatch(r -> r.code().equals(leaf.code()))) {
            return tables;
        }
        BigDecimal x = half(leaf, project);
        BigDecimal minus = x.negate();
        Row type = t5.rows().stream().filter(r -> r.code().equals(leaf.code().substring(0, 3))).findFirst().orElse(null);
        List<Item> income1 = t1.items().stream().filter(i -> i.side() == SummaryItem.Side.INCOME
                && i.role() == SummaryItem.Role.ITEM).toList();
        List<Item> sub1 = t1.items().stream().filter(i -> i.role() == SummaryItem.Role.SUB_ITEM).toList();
        List<Item> income4 = t4.items().stream().filter(i -> i.side() == SummaryItem.Side.INCOME
                && i.role() == SummaryItem.Role.ITEM).toList();
        Item expense4 = type == null ? null : t4.items().stream().filter(i -> i.side() == SummaryItem.Side.EXPENSE
                && i.role() == SummaryItem.Role.ITEM && i.name().equals(type.name())).findFirst().orElse(null);
        if (expense4 == null || income1.size() < 2 || sub1.isEmpty() || income4.isEmpty()
                || t4.expenseColumns().size() < 2) {
            return tables;
        }
        String budget = t1.incomeColumns().get(0);
        String general4 = t4.expenseColumns().get(1);
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            switch (t.number()) {
                case 1 -> out.add(withItems(t, t.items().stream().map(i -> i == income1.get(0) || i == sub1.get(0)
                        ? plus(i, budget, minus) : i == income1.get(1) ? plus(i, budget, x) : i).toList()));
                case 2 -> out.add(new Table(2, t.status(), t.note(), t.columns(), t.rows().stream()
                        .map(r -> leaf.code().startsWith(r.code())
                                ? new Row(r.code(), r.parts(), r.name(), plus(plus(r.amounts(), fiscal, minus), business, x))
                                : r).toList(),
                        plus(plus(t.totals(), fiscal, minus), business, x), t.items(), t.cells()));
                case 4 -> out.add(withItems(t, t.items().stream().map(i -> {
                    if (i == income4.get(0) || i.side() == SummaryItem.Side.INCOME && i.role() == SummaryItem.Role.TOTAL) {
                        return plus(i, budget, minus);
                    }
                    boolean moves = i == expense4 || i.side() == SummaryItem.Side.EXPENSE && i.role() == SummaryItem.Role.TOTAL;
                    return moves ? plus(plus(i, total, minus), general4, minus) : i;
                }).toList()));
                case 5 -> out.add(new Table(5, t.status(), t.note(), t.columns(), t.rows().stream()
                        .map(r -> leaf.code().startsWith(r.code())
                                ? new Row(r.code(), r.parts(), r.name(), plus(plus(r.amounts(), total, minus), project, minus))
                                : r).toList(),
                        plus(plus(t.totals(), total, minus), project, minus), t.items(), t.cells()));
                default -> out.add(t);
            }
        }
        return out;
    }

    /**
     * The classes every department has for its staff, kept as they are: pensions (208) and housing (221), whose
     * 项 table 8's 30108 / 30109 / 30113 follow by convention.
     */
    private static final List<String> STAFF_CLASSES = List.of("208", "221");
    /** Classes a department's own budget does not spend in (funds, reserves, transfers, debt). */
    private static final List<String> NOT_A_DEPARTMENTS = List.of("209", "223", "227", "230", "231", "232", "233");

    /** The golden's classes that {@code classes} replaces: those of its code tables, staff classes apart. */
    public static List<String> ownClasses(GoldenBudget golden) {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        for (Table t : golden.tables()) {
            if (t.type().shape() == TableType.Shape.CODE && !t.type().economic()) {
                t.rows().forEach(r -> codes.add(r.code().substring(0, 3)));
            }
        }
        codes.removeAll(STAFF_CLASSES);
        return List.copyOf(codes);
    }

    /**
     * Other classes for the golden's own, in code order among the staff classes too (tables print classes in code
     * order), and none that table 1 or 4 already lists by name (table 4 may list every class, most with zeros); empty
     * when the classification has no others that fit.
     */
    public static String otherClasses(Random random, GoldenBudget golden) {
        List<String> own = ownClasses(golden);
        if (own.isEmpty()) {
            return "";
        }
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Table t : golden.tables()) {
            t.items().forEach(i -> listed.add(i.name()));
        }
        List<String> chosen = new ArrayList<>();
        String floor = "200";
        for (int i = 0; i < own.size(); i++) {
            String code = own.get(i);
            for (String staff : STAFF_CLASSES) {
                if (staff.compareTo(code) < 0 && staff.compareTo(floor) > 0) {
                    floor = staff;
                }
            }
            String ceiling = STAFF_CLASSES.stream().filter(c -> c.compareTo(code) > 0).findFirst().orElse("300");
            int left = (int) own.stream().skip(i + 1).filter(c -> c.compareTo(ceiling) < 0).count();
            List<String> fits = new ArrayList<>();
            for (int n = Integer.parseInt(floor) + 1; n < Integer.parseInt(ceiling); n++) {
                String candidate = String.valueOf(n);
                var name = budget.model.ClassificationNames.className(candidate);
                if (name.isPresent() && !NOT_A_DEPARTMENTS.contains(candidate)
                        && (candidate.equals(code) || !listed.contains(name.get()))) {
                    fits.add(candidate);
                }
            }
            // leave room for the classes still to place before the same staff class
            List<String> room = fits.subList(0, Math.max(0, fits.size() - left));
            if (room.isEmpty()) {
                return "";
            }
            String pick = room.get(random.nextInt(room.size()));
            chosen.add(pick);
            floor = pick;
        }
        return chosen.equals(own) ? "" : String.join("/", chosen);
    }

    /**
     * The tables with the golden's own classes replaced: codes of every function-code table (the 类 part), the 类
     * rows' names, and the expense lines of tables 1 and 4 that name them.
     */
    private static List<Table> reclassed(List<Table> tables, List<String> codes) {
        List<String> own = new ArrayList<>();
        java.util.TreeSet<String> seen = new java.util.TreeSet<>();
        for (Table t : tables) {
            if (t.type().shape() == TableType.Shape.CODE && !t.type().economic()) {
                t.rows().forEach(r -> seen.add(r.code().substring(0, 3)));
            }
        }
        seen.removeAll(STAFF_CLASSES);
        own.addAll(seen);
        if (own.size() != codes.size()) {
            throw new IllegalArgumentException("classes=" + String.join("/", codes) + " for the golden's " + own);
        }
        Map<String, String> code = new LinkedHashMap<>();
        Map<String, String> name = new LinkedHashMap<>();
        for (int i = 0; i < own.size(); i++) {
            code.put(own.get(i), codes.get(i));
        }
        for (Table t : tables) {
            for (Row r : t.rows()) {
                if (!t.type().economic() && r.parts().size() == 1 && code.containsKey(r.code())) {
                    name.put(r.name(), budget.model.ClassificationNames.className(code.get(r.code())).orElseThrow());
                }
            }
        }
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            if (t.type().shape() == TableType.Shape.CODE && !t.type().economic()) {
                List<Row> rows = new ArrayList<>();
                for (Row r : t.rows()) {
                    String to = code.get(r.code().substring(0, 3));
                    if (to == null) {
                        rows.add(r);
                        continue;
                    }
                    List<String> parts = new ArrayList<>(r.parts());
                    parts.set(0, to);
                    String rowName = r.parts().size() == 1 ? name.getOrDefault(r.name(), r.name()) : r.name();
                    rows.add(new Row(to + r.code().substring(3), parts, rowName, r.amounts()));
                }
                out.add(new Table(t.number(), t.status(), t.note(), t.columns(), rows, t.totals(), t.items(), t.cells()));
            } else if (t.type().shape() == TableType.Shape.SUMMARY) {
                out.add(withItems(t, t.items().stream().map(i -> {
                    String to = i.side() == SummaryItem.Side.EXPENSE ? name.get(i.name()) : null;
                    return to == null ? i : new Item(i.side(), i.role(), i.label().replace(i.name(), to), to,
                            i.amounts());
                }).toList()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private static Table find(List<Table> tables, int number) {
        return tables.stream().filter(t -> t.number() == number).findFirst().orElse(null);
    }

    private static Table withItems(Table t, List<Item> items) {
        return new Table(t.number(), t.status(), t.note(), t.columns(), t.rows(), t.totals(), items, t.cells());
    }

    private static Item plus(Item item, String column, BigDecimal delta) {
        return new Item(item.side(), item.role(), item.label(), item.name(), plus(item.amounts(), column, delta));
    }

    private static Map<String, BigDecimal> plus(Map<String, BigDecimal> amounts, String column, BigDecimal delta) {
        Map<String, BigDecimal> out = new LinkedHashMap<>(amounts);
        out.merge(column, delta, (a, b) -> (a == null ? BigDecimal.ZERO : a).add(b));
        return out;
    }

    /** Table 9's cells that print an economic line of table 8 in 万元: 出国 30212, 接待 30217, 车辆运行 30231. */
    private static final Map<String, String> THREE_PUBLIC_CODES = Map.of(
            "abroad", "30212", "reception", "30217", "vehicleRunning", "30231");

    /**
     * Table 9 prints table 8's 三公 lines rounded to 万元, and a multiple of a rounded figure is not the rounded
     * multiple: where the golden's cell is its table 8 line rounded, the scaled cell is the scaled line rounded, and
     * 小计 and 合计 move by the same differences (so they keep the golden's identities, or its defect).
     */
    private List<Table> roundedThreePublic(GoldenBudget golden, List<Table> tables) {
        Table t8 = find(golden.tables(), 8);
        Table t9 = find(tables, 9);
        if (t8 == null || t9 == null || t9.cells().isEmpty()) {
            return tables;
        }
        Map<String, BigDecimal> original = find(golden.tables(), 9).cells();
        Map<String, BigDecimal> cells = new LinkedHashMap<>(t9.cells());
        BigDecimal k = BigDecimal.valueOf(scale);
        BigDecimal tenThousand = BigDecimal.valueOf(10_000);
        for (Map.Entry<String, String> e : THREE_PUBLIC_CODES.entrySet()) {
            Row line = t8.rows().stream().filter(r -> r.code().equals(e.getValue())).findFirst().orElse(null);
            BigDecimal cell = original.get(e.getKey());
            if (line == null || cell == null || line.amounts().get(TableType.Columns.TOTAL) == null) {
                continue;
            }
            BigDecimal yuan = line.amounts().get(TableType.Columns.TOTAL);
            if (yuan.divide(tenThousand, 2, RoundingMode.HALF_UP).compareTo(cell) != 0) {
                continue;
            }
            BigDecimal rounded = yuan.multiply(k).divide(tenThousand, 2, RoundingMode.HALF_UP);
            BigDecimal delta = rounded.subtract(cell.multiply(k));
            cells.put(e.getKey(), rounded);
            cells.merge("total", delta, BigDecimal::add);
            if (!e.getKey().equals("abroad") && !e.getKey().equals("reception")) {
                cells.merge("vehicleTotal", delta, BigDecimal::add);
            }
        }
        List<Table> out = new ArrayList<>();
        for (Table t : tables) {
            out.add(t.number() == 9 ? new Table(9, t.status(), t.note(), t.columns(), t.rows(), t.totals(), t.items(),
                    cells) : t);
        }
        return out;
    }

    /** A note that names the department or the year names the varied ones. */
    private static String renamed(String note, GoldenBudget golden, String key, int year) {
        String text = note.replace(golden.departmentKey(), key).replace(golden.department(), key);
        return text.replace(String.valueOf(golden.year()), String.valueOf(year));
    }

    private List<Row> rows(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new Row(r.code(), r.parts(), r.name(), scaled(r.amounts())));
        }
        return out;
    }

    private List<Item> items(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            out.add(new Item(i.side(), i.role(), i.label(), i.name(), scaled(i.amounts())));
        }
        return out;
    }

    private Map<String, BigDecimal> scaled(Map<String, BigDecimal> amounts) {
        if (scale == 1) {
            return amounts;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        BigDecimal k = BigDecimal.valueOf(scale);
        amounts.forEach((column, amount) -> out.put(column, amount == null ? null : amount.multiply(k)));
        return out;
    }
}
