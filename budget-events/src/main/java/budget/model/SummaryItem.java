package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a summary table (tables 1 and 4): an income or an expense item with its amounts.
 *
 * @param side    INCOME or EXPENSE
 * @param role    ITEM (a top-level item such as 一、财政拨款收入), SUB_ITEM (1、一般预算资金) or TOTAL (收入总计)
 * @param label   as printed, e.g. 一、社会保障和就业支出
 * @param name    the label without its numbering, e.g. 社会保障和就业支出
 * @param amounts amount per column name, in yuan
 */
public record SummaryItem(
        @JsonProperty("side") Side side,
        @JsonProperty("role") Role role,
        @JsonProperty("label") String label,
        @JsonProperty("name") String name,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts,
        @JsonProperty("line") int line) {

    public enum Side { INCOME, EXPENSE }

    public enum Role { ITEM, SUB_ITEM, TOTAL }

    public SummaryItem {
        amounts = amounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }

    public BigDecimal amount(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }
}
