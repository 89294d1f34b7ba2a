package budget.parser.table;

import budget.model.TableType;
import budget.parser.text.Diagnostics;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a name to rows printed without one (a page that drops the name column): the name the same code has on
 * another page of the table, else in another table with the same kind of code. Filled names are flagged.
 */
final class NameFiller {

    private static final List<TableType> FUNCTIONAL = List.of(TableType.INCOME, TableType.EXPENSE,
            TableType.GENERAL_PUBLIC, TableType.GOVERNMENT_FUND, TableType.STATE_CAPITAL);

    private NameFiller() {
    }

    static void fill(TableDrafts drafts, Diagnostics diagnostics) {
        Map<TableType, Map<String, String>> printed = new EnumMap<>(TableType.class);
        for (TableType type : TableType.values()) {
            CodeTable table = drafts.code(type);
            if (table != null) {
                Map<String, String> names = new HashMap<>();
                for (CodeRow row : table.rows()) {
                    if (row.name() != null) {
                        names.putIfAbsent(row.code().full(), row.name());
                    }
                }
                printed.put(type, names);
            }
        }
        for (TableType type : TableType.values()) {
            CodeTable table = drafts.code(type);
            if (table == null) {
                continue;
            }
            for (CodeRow row : table.rows()) {
                if (row.name() != null) {
                    continue;
                }
                String code = row.code().full();
                String name = printed.get(type).get(code);
                for (TableType other : type.economic() ? List.<TableType>of() : FUNCTIONAL) {
                    if (name == null && printed.containsKey(other)) {
                        name = printed.get(other).get(code);
                    }
                }
                if (name != null) {
                    row.fillName(name);
                } else {
                    diagnostics.note(row.lines().get(0), type.number(), code,
                            "row " + code + " prints no name and no other table names this code");
                }
            }
        }
    }
}
