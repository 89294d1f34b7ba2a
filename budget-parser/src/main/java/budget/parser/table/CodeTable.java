package budget.parser.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A code table (2, 3, 5–8) as read: its frame, its amount columns and its rows in printed order; the 合计 row
 * apart. Rows are indexed by code, since other tables look them up by code.
 */
public record CodeTable(TableFrame frame, List<String> columns, List<CodeRow> rows, CodeRow total,
                        Map<String, CodeRow> byCode) {

    public CodeTable(TableFrame frame, List<String> columns, List<CodeRow> rows, CodeRow total) {
        this(frame, List.copyOf(columns), List.copyOf(rows), total, index(rows));
    }

    private static Map<String, CodeRow> index(List<CodeRow> rows) {
        Map<String, CodeRow> byCode = new HashMap<>();
        for (CodeRow row : rows) {
            byCode.putIfAbsent(row.code().full(), row);
        }
        return byCode;
    }

    /** The first row with this code, or null. */
    public CodeRow row(String code) {
        return byCode.get(code);
    }

    public int column(String name) {
        return columns.indexOf(name);
    }
}
