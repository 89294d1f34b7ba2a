package budget.query.web;

import budget.model.TableType;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks request parameters before they reach MongoDB. Values only ever become operands of equality
 * filters; names that become field paths (columns) must be one of the known column names, so no request
 * can inject an operator or a path.
 */
public final class Parameters {

    private static final Pattern FUNCTIONAL_CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");
    public static final int MAX_PAGE_SIZE = 500;

    private Parameters() {
    }

    public static String code(String code) {
        if (code == null || !FUNCTIONAL_CODE.matcher(code).matches()) {
            throw new BadRequest("code", "'" + code + "' is not a classification code (3, 5 or 7 digits, e.g. 208, 20805, 2080505)");
        }
        return code;
    }

    public static int codeTable(int table) {
        if (table < 1 || table > 9 || TableType.of(table).shape() != TableType.Shape.CODE) {
            throw new BadRequest("table", table + " is not a code table (2, 3, 5, 6, 7 or 8)");
        }
        return table;
    }

    public static int table(int table) {
        if (table < 1 || table > 9) {
            throw new BadRequest("table", table + " is not a table number (1 to 9)");
        }
        return table;
    }

    public static String column(int table, String column) {
        List<String> columns = TableType.of(table).columns();
        if (!columns.contains(column)) {
            throw new BadRequest("column", "'" + column + "' is not a column of table " + table + "; one of " + columns);
        }
        return column;
    }

    public static int year(int year) {
        if (year < 1990 || year > 2100) {
            throw new BadRequest("year", year + " is not a budget year");
        }
        return year;
    }

    public static int pageSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequest("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    public static int page(int page) {
        if (page < 0) {
            throw new BadRequest("page", "must be 0 or more");
        }
        return page;
    }
}
