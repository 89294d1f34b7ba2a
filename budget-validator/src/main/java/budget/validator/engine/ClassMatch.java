package budget.validator.engine;

import budget.model.SummaryItem;
import budget.model.TableRow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the expense items of a summary table (tables 1 and 4 name each 类 without its code) with the 类
 * rows of a code table, by name: equal names first, then names that differ only by a tail
 * (社会保障和就业支出 / 社会保障和就业). Either side may be left without a partner.
 *
 * @param item the summary item, or null when no item names this 类
 * @param row  the 类 row, or null when no 类 row has the item's name
 */
public record ClassMatch(SummaryItem item, TableRow row) {

    public static List<ClassMatch> pair(List<SummaryItem> items, List<TableRow> classRows,
                                        Function<TableRow, String> nameOfRow) {
        Map<TableRow, SummaryItem> partners = new LinkedHashMap<>();
        List<SummaryItem> unpaired = new ArrayList<>(items);
        Map<SummaryItem, String> itemNames = new IdentityHashMap<>();
        items.forEach(item -> itemNames.put(item, Names.normalise(SummaryTable.nameOf(item))));
        for (boolean exact : new boolean[]{true, false}) {
            for (TableRow row : classRows) {
                if (partners.containsKey(row)) {
                    continue;
                }
                String rowName = Names.normalise(nameOfRow.apply(row));
                unpaired.stream()
                        .filter(item -> exact ? Names.sameBare(itemNames.get(item), rowName)
                                : Names.closeBare(itemNames.get(item), rowName))
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
}
