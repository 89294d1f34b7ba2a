package budget.query.budgets;

import budget.events.published.PublishedTable;
import budget.events.published.PublishedBudget;
import budget.model.SummaryItem;
import budget.model.TableType;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * The headline figures of a budget in yuan, for lists and filters: total income and expense (table 1,
 * falling back to the 合计 of tables 2 and 3) and the fiscal appropriation (table 4's income total).
 * Null where the document does not print them.
 */
public record BudgetTotals(
        @JsonProperty("income") BigDecimal income,
        @JsonProperty("expense") BigDecimal expense,
        @JsonProperty("fiscalAppropriation") BigDecimal fiscalAppropriation,
        @JsonProperty("unit") String unit) {

    static BudgetTotals of(PublishedBudget budget) {
        BigDecimal income = summaryTotal(budget.table(1), SummaryItem.Side.INCOME);
        BigDecimal expense = summaryTotal(budget.table(1), SummaryItem.Side.EXPENSE);
        return new BudgetTotals(
                income != null ? income : budget.table(2).total(TableType.Columns.TOTAL).orElse(null),
                expense != null ? expense : budget.table(3).total(TableType.Columns.TOTAL).orElse(null),
                summaryTotal(budget.table(4), SummaryItem.Side.INCOME),
                "元");
    }

    private static BigDecimal summaryTotal(PublishedTable table, SummaryItem.Side side) {
        return table.items().stream()
                .filter(item -> item.side() == side && item.role() == SummaryItem.Role.TOTAL)
                .map(item -> item.amounts().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null))
                .findFirst().orElse(null);
    }
}
