package budget.validator.engine;

import budget.model.TableType.Columns;

/** The income items of table 1 and the table 2 column each one totals. */
public enum IncomeKind {
    FISCAL(Columns.FISCAL_APPROPRIATION, "财政拨款收入"),
    BUSINESS(Columns.BUSINESS_INCOME, "事业收入"),
    OPERATING(Columns.OPERATING_INCOME, "事业单位经营收入"),
    OTHER(Columns.OTHER_INCOME, "其他收入");

    private final String incomeColumn;
    private final String printedName;

    IncomeKind(String incomeColumn, String printedName) {
        this.incomeColumn = incomeColumn;
        this.printedName = printedName;
    }

    /** The table 2 column this income item equals. */
    public String incomeColumn() {
        return incomeColumn;
    }

    public String printedName() {
        return printedName;
    }

    /** Which income an item name is; null for items outside the template (上年结转 ...). */
    public static IncomeKind of(String name) {
        String bare = Names.normalise(name);
        if (bare.contains("财政拨款")) {
            return FISCAL;
        }
        if (bare.contains("经营收入")) {
            return OPERATING;
        }
        if (bare.contains("事业收入")) {
            return BUSINESS;
        }
        if (bare.contains("其他收入")) {
            return OTHER;
        }
        return null;
    }
}
