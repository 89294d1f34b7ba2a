package budget.query.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One class of a budget's breakdown at any level (类, 款, 项), with its parent, so a tree (a treemap, a
 * sunburst) can be built from the flat list and the same list is a table and a CSV.
 *
 * @param parentCode the enclosing class (20805 for 2080505), null for a 类
 * @param level      1 for 类, 2 for 款, 3 for 项
 * @param share      the class's 合计 as a percentage of the table's 合计, 2 decimals; null when that is zero
 */
public record ClassLine(
        @JsonProperty("code") String code,
        @JsonProperty("parentCode") String parentCode,
        @JsonProperty("level") int level,
        @JsonProperty("name") String name,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts,
        @JsonProperty("share") BigDecimal share,
        @JsonProperty("unit") String unit) {
}
