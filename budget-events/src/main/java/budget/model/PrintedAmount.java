package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * A number as the narrative prints it: the text, its exact value, its unit and its precision. The
 * precision matters: "3496.59万元" claims two decimals, "1552万元" none, so each tolerates rounding or
 * truncation by one unit of its own last printed digit only.
 *
 * @param text  as printed, e.g. "15,539.54"
 * @param value the exact value in {@code unit}
 * @param unit  万元, 元, 个, 辆 ...
 * @param scale digits after the decimal point as printed
 */
public record PrintedAmount(
        @JsonProperty("text") String text,
        @JsonProperty("value") BigDecimal value,
        @JsonProperty("unit") String unit,
        @JsonProperty("scale") int scale) {

    public static PrintedAmount of(String text, String unit) {
        BigDecimal value = new BigDecimal(text.replace(",", "").replace("，", ""));
        return new PrintedAmount(text, value, unit, Math.max(0, value.scale()));
    }

    /** The value in yuan, for amounts printed in 万元 or 元. */
    public BigDecimal yuan() {
        return "万元".equals(unit) ? value.movePointRight(4) : value;
    }
}
