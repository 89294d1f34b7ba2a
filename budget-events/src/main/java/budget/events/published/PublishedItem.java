package budget.events.published;

import budget.model.SummaryItem;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * One line of a summary table (tables 1 and 4): an income or an expense item with its amounts.
 *
 * @param side    INCOME or EXPENSE
 * @param role    ITEM (a top-level item such as 一、财政拨款收入), SUB_ITEM (1、一般预算资金) or TOTAL (收入总计)
 * @param label   as printed, e.g. 一、社会保障和就业支出
 * @param name    the label without its numbering, e.g. 社会保障和就业支出
 * @param amounts in yuan, one per column of the table in the table's order; null in the columns of the other side
 *                and where the item prints no amount
 */
public record PublishedItem(
        @JsonProperty("side") SummaryItem.Side side,
        @JsonProperty("role") SummaryItem.Role role,
        @JsonProperty("label") String label,
        @JsonProperty("name") String name,
        @ColumnAligned @JsonProperty("amounts") List<BigDecimal> amounts) {

    public PublishedItem {
        amounts = amounts == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
    }
}
