package budget.events.published;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/**
 * One named cell of table 9 (三公 and 机关运行经费), kept both as printed in 万元 and in yuan.
 *
 * @param name  a stable name, one of {@link budget.model.ThreePublicCells}
 * @param label the printed column heading
 */
public record PublishedCell(
        @JsonProperty("name") String name,
        @JsonProperty("label") String label,
        @JsonProperty("printed") String printed,
        @JsonProperty("tenThousandYuan") BigDecimal tenThousandYuan,
        @JsonProperty("yuan") BigDecimal yuan) {
}
