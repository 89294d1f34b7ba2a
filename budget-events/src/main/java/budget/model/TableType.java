package budget.model;

import java.util.Arrays;
import java.util.List;

/**
 * The nine tables of a budget document, with the words their titles contain and their default amount
 * columns. Amount columns are named by their printed heading; those names are the keys of
 * {@link TableRow#amounts()}.
 */
public enum TableType {
    FINANCIAL_SUMMARY(1, "财务收支预算总表", Shape.SUMMARY, List.of(Columns.BUDGET)),
    INCOME(2, "收入预算总表", Shape.CODE, List.of(Columns.TOTAL, Columns.FISCAL_APPROPRIATION, Columns.BUSINESS_INCOME,
            Columns.OPERATING_INCOME, Columns.OTHER_INCOME)),
    EXPENSE(3, "支出预算总表", Shape.CODE, List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    FISCAL_SUMMARY(4, "财政拨款收支预算总表", Shape.SUMMARY, List.of(Columns.BUDGET, Columns.TOTAL,
            Columns.GENERAL_PUBLIC, Columns.GOVERNMENT_FUND, Columns.STATE_CAPITAL)),
    GENERAL_PUBLIC(5, "一般公共预算支出功能分类预算表", Shape.CODE, List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    GOVERNMENT_FUND(6, "政府性基金预算支出功能分类预算表", Shape.CODE, List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    STATE_CAPITAL(7, "国有资本经营预算支出功能分类预算表", Shape.CODE, List.of(Columns.TOTAL, Columns.BASIC, Columns.PROJECT)),
    ECONOMIC(8, "一般公共预算基本支出部门预算经济分类预算表", Shape.CODE, List.of(Columns.TOTAL, Columns.PERSONNEL,
            Columns.PUBLIC_USE)),
    THREE_PUBLIC(9, "“三公”经费和机关运行经费预算表", Shape.CELLS, List.of());

    /** How a table's content is laid out. */
    public enum Shape { SUMMARY, CODE, CELLS }

    /** The printed column headings used as amount keys. */
    public static final class Columns {
        public static final String BUDGET = "预算数";
        public static final String TOTAL = "合计";
        public static final String FISCAL_APPROPRIATION = "财政拨款收入";
        public static final String BUSINESS_INCOME = "事业收入";
        public static final String OPERATING_INCOME = "事业单位经营收入";
        public static final String OTHER_INCOME = "其他收入";
        public static final String BASIC = "基本支出";
        public static final String PROJECT = "项目支出";
        public static final String PERSONNEL = "人员经费";
        public static final String PUBLIC_USE = "公用经费";
        public static final String GENERAL_PUBLIC = "一般公共预算";
        public static final String GOVERNMENT_FUND = "政府性基金预算";
        public static final String STATE_CAPITAL = "国有资本经营预算";

        private Columns() {
        }
    }

    private final int number;
    private final String titleWords;
    private final Shape shape;
    private final List<String> columns;

    TableType(int number, String titleWords, Shape shape, List<String> columns) {
        this.number = number;
        this.titleWords = titleWords;
        this.shape = shape;
        this.columns = columns;
    }

    public int number() {
        return number;
    }

    /** Words every title of this table contains. */
    public String titleWords() {
        return titleWords;
    }

    public Shape shape() {
        return shape;
    }

    public List<String> columns() {
        return columns;
    }

    /** Table 8 uses economic codes (类/款); the others functional codes (类/款/项). */
    public boolean economic() {
        return this == ECONOMIC;
    }

    /**
     * Whether a code printed in a code table has the digits of this table's classification: functional codes start
     * with 2 (类 201–234), economic ones with 3 (部门预算支出经济分类, 301–399) or 5 (政府预算支出经济分类). A row of the
     * other classification is not this table's (text in content-stream order can put one table's rows under
     * another's title).
     */
    public boolean classifies(String code) {
        if (shape != Shape.CODE || code.isEmpty()) {
            return false;
        }
        char first = code.charAt(0);
        return economic() ? first == '3' || first == '5' : first == '2';
    }

    public static TableType of(int number) {
        return Arrays.stream(values()).filter(t -> t.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + number));
    }
}
