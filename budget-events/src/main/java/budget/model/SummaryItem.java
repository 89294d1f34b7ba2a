package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param amounts   amount per column name, in yuan
 * @param box       where the item (label and amounts) is printed (PDF input only), else null
 * @param cellBoxes where each amount is printed, by column (PDF input only)
 */
public record SummaryItem(
        @JsonProperty("side") Side side,
        @JsonProperty("role") Role role,
        @JsonProperty("label") String label,
        @JsonProperty("name") String name,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts,
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box,
        @JsonProperty("cellBoxes") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, PageBox> cellBoxes) {

    /** An item read from text, which has no page geometry. */
    public SummaryItem(Side side, Role role, String label, String name, Map<String, BigDecimal> amounts, int line) {
        this(side, role, label, name, amounts, line, null, null);
    }

    /** The same item, located on its page. */
    public SummaryItem located(PageBox where, Map<String, PageBox> cells) {
        return new SummaryItem(side, role, label, name, amounts, line, where, cells);
    }

    public enum Side { INCOME, EXPENSE }

    public enum Role { ITEM, SUB_ITEM, TOTAL }

    public SummaryItem {
        amounts = amounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        cellBoxes = cellBoxes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cellBoxes));
    }

    public BigDecimal amount(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }
}
