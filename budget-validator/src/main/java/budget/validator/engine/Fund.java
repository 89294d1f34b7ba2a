package budget.validator.engine;

import budget.model.TableType.Columns;

/** The three kinds of fiscal appropriation: a table 4 column each, and a function table each (5, 6, 7). */
public enum Fund {
    GENERAL_PUBLIC(Columns.GENERAL_PUBLIC, 5),
    GOVERNMENT_FUND(Columns.GOVERNMENT_FUND, 6),
    STATE_CAPITAL(Columns.STATE_CAPITAL, 7);

    private final String column;
    private final int functionTable;

    Fund(String column, int functionTable) {
        this.column = column;
        this.functionTable = functionTable;
    }

    /** The table 4 expense column. */
    public String column() {
        return column;
    }

    /** The function table that details this fund's spending. */
    public int functionTable() {
        return functionTable;
    }

    /**
     * Which fund an income item names: 一般预算资金 / 一般公共预算 / 公共财政预算资金, 政府性基金, 国有资本经营预算;
     * null for anything else.
     */
    public static Fund of(String name) {
        String bare = Names.normalise(name);
        if (bare.contains("国有资本")) {
            return STATE_CAPITAL;
        }
        if (bare.contains("基金")) {
            return GOVERNMENT_FUND;
        }
        if (bare.contains("一般") || bare.contains("公共财政")) {
            return GENERAL_PUBLIC;
        }
        return null;
    }
}
