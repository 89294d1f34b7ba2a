package budget.validator.engine;

import budget.model.BudgetTable;
import budget.model.SummaryItem;
import budget.model.SummaryItem.Role;
import budget.model.SummaryItem.Side;
import budget.model.TableStatus;
import budget.model.TableType.Columns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A summary table (1 or 4): two sides of items, the sub-items under an item, and a total per side. */
public final class SummaryTable {

    /** A top-level item with the sub-items printed under it (财政拨款收入 → 1、一般预算资金 ...). */
    public record Group(SummaryItem item, List<SummaryItem> subItems) {
    }

    private final BudgetTable table;
    private final List<SummaryItem> items;

    private SummaryTable(BudgetTable table) {
        this.table = table;
        this.items = table.items().stream().filter(i -> i.side() != null && i.role() != null)
                .map(SummaryTable::withoutNullCells).toList();
    }

    /** A cell present with a null value (a reader's slip) counts as blank, which is zero. */
    private static SummaryItem withoutNullCells(SummaryItem item) {
        if (!item.amounts().containsValue(null)) {
            return item;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        item.amounts().forEach((column, value) -> amounts.put(column, Amounts.orZero(value)));
        return new SummaryItem(item.side(), item.role(), item.label(), item.name(), amounts, item.line());
    }

    public static SummaryTable of(BudgetTable table) {
        return new SummaryTable(table);
    }

    public int number() {
        return table.number();
    }

    public boolean present() {
        return table.status() != TableStatus.MISSING;
    }

    public List<SummaryItem> items(Side side, Role role) {
        return items.stream().filter(i -> i.side() == side && i.role() == role).toList();
    }

    public Optional<SummaryItem> total(Side side) {
        return items(side, Role.TOTAL).stream().findFirst();
    }

    /** Sub-items belong to the nearest item printed before them on the same side. */
    public List<Group> groups(Side side) {
        List<Group> groups = new ArrayList<>();
        for (SummaryItem item : items) {
            if (item.side() != side) {
                continue;
            }
            if (item.role() == Role.ITEM) {
                groups.add(new Group(item, new ArrayList<>()));
            } else if (item.role() == Role.SUB_ITEM && !groups.isEmpty()) {
                groups.get(groups.size() - 1).subItems().add(item);
            }
        }
        return groups.stream().map(g -> new Group(g.item(), List.copyOf(g.subItems()))).toList();
    }

    public Optional<SummaryItem> incomeItem(IncomeKind kind) {
        return items(Side.INCOME, Role.ITEM).stream().filter(i -> IncomeKind.of(i.name()) == kind).findFirst();
    }

    /** The single amount of an item in table 1 (预算数); a unit budget may print 合计 instead. */
    public static BigDecimal budget(SummaryItem item) {
        if (item.amounts().containsKey(Columns.BUDGET)) {
            return item.amount(Columns.BUDGET);
        }
        return item.amount(Columns.TOTAL);
    }

    public static String nameOf(SummaryItem item) {
        return item.name() != null && !item.name().isBlank() ? item.name().strip() : Names.normalise(item.label());
    }
}
