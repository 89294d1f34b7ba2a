package budget.validator.engine;

import budget.model.SummaryItem;
import budget.model.TableRow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the expense items of a summary table (tables 1 and 4 name each 类 without its code) with the 类
 * rows of a code table, by name: equal names first, then names that differ only by a tail
 * (社会保障和就业支出 / 社会保障和就业), then two names of the row's code in different revisions of the
 * classification (医疗卫生与计划生育支出 / 卫生健康支出, see {@link budget.model.ClassificationNames}). Either side
 * may be left without a partner.
 *
 * @param item the summary item, or null when no item names this 类
 * @param row  the 类 row, or null when no 类 row has the item's name
 */
public record ClassMatch(SummaryItem item, TableRow row) {

    public static List<ClassMatch> pair(List<SummaryItem> items, List<TableRow> classRows,
                                        Function<TableRow, String> nameOfRow) {
        // by identity: the 类 rows of one tree are distinct rows, and a record's hash reads every cell
        Map<TableRow, SummaryItem> partners = new IdentityHashMap<>();
        List<SummaryItem> unpaired = new ArrayList<>(items);
        Map<SummaryItem, String> itemNames = new IdentityHashMap<>();
        items.forEach(item -> itemNames.put(item, Names.normalise(SummaryTable.nameOf(item))));
        Map<TableRow, String> rowNames = new IdentityHashMap<>();
        classRows.forEach(row -> rowNames.put(row, Names.normalise(nameOfRow.apply(row))));
        for (Pass pass : Pass.values()) {
            for (TableRow row : classRows) {
                if (partners.containsKey(row)) {
                    continue;
                }
                String rowName = rowNames.get(row);
                unpaired.stream()
                        .filter(item -> pass.pairs(row.code(), itemNames.get(item), rowName))
                        .findFirst()
                        .ifPresent(item -> {
                            partners.put(row, item);
                            unpaired.remove(item);
                        });
            }
        }
        List<ClassMatch> matches = new ArrayList<>();
        for (TableRow row : classRows) {
            matches.add(new ClassMatch(partners.get(row), row));
        }
        unpaired.forEach(item -> matches.add(new ClassMatch(item, null)));
        return matches;
    }

    /** The item's name is a former or later name of the row's code, not the row's own. */
    public boolean renamed(Function<TableRow, String> nameOfRow) {
        if (item == null || row == null) {
            return false;
        }
        String itemName = Names.normalise(SummaryTable.nameOf(item));
        String rowName = Names.normalise(nameOfRow.apply(row));
        return !Names.closeBare(itemName, rowName) && Names.renamedBare(row.code(), itemName, rowName);
    }

    /** The ways of pairing, tried in turn over all rows: a later way only pairs what the earlier left. */
    private enum Pass {
        SAME, CLOSE, RENAMED;

        boolean pairs(String code, String itemName, String rowName) {
            return switch (this) {
                case SAME -> Names.sameBare(itemName, rowName);
                case CLOSE -> Names.closeBare(itemName, rowName);
                case RENAMED -> Names.renamedBare(code, itemName, rowName);
            };
        }
    }
}
