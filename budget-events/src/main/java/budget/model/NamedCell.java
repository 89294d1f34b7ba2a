package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * One named cell of table 9 (三公 and 机关运行经费), kept both as printed in 万元 and in yuan.
 *
 * @param name  a stable name, one of {@link ThreePublicCells}
 * @param label the printed column heading
 * @param box   where the amount is printed (PDF input only), else null
 */
public record NamedCell(
        @JsonProperty("name") String name,
        @JsonProperty("label") String label,
        @JsonProperty("printed") String printed,
        @JsonProperty("tenThousandYuan") BigDecimal tenThousandYuan,
        @JsonProperty("yuan") BigDecimal yuan,
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box) {

    /** A cell read from text, which has no page geometry. */
    public NamedCell(String name, String label, String printed, BigDecimal tenThousandYuan, BigDecimal yuan, int line) {
        this(name, label, printed, tenThousandYuan, yuan, line, null);
    }

    /** The same cell, located on its page. */
    public NamedCell located(PageBox where) {
        return new NamedCell(name, label, printed, tenThousandYuan, yuan, line, where);
    }
}
