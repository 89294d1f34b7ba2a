package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.List;

/**
 * A budget against the previous year's budget of the same department and kind: the change of every stated total
 * and of every function class (类, table 3's 合计), in yuan.
 *
 * @param previousYear       the year compared with
 * @param previousDocumentId the document of the previous year's budget
 * @param totals             by stated-total kind ({@link FactKind} name), as the tables give them
 * @param classes            by 类 code
 */
public record YearOnYear(
        @JsonProperty("previousYear") int previousYear,
        @JsonProperty("previousDocumentId") String previousDocumentId,
        @JsonProperty("totals") List<FigureChange> totals,
        @JsonProperty("classes") List<FigureChange> classes) {

    /**
     * One figure in both years.
     *
     * @param item     the kind name or the code
     * @param name     the class name (this year's), or null for a total
     * @param previous the previous year's figure, or null where that budget has none
     * @param current  this year's figure, or null where this budget has none
     * @param change   current − previous (a missing side counts as 0)
     * @param percent  the change in per cent of the previous figure, to two decimals; null from 0
     */
    public record FigureChange(
            @JsonProperty("item") String item,
            @JsonProperty("name") @JsonInclude(JsonInclude.Include.NON_NULL) String name,
            @JsonProperty("previous") BigDecimal previous,
            @JsonProperty("current") BigDecimal current,
            @JsonProperty("change") BigDecimal change,
            @JsonProperty("percent") @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal percent) {
    }

    public YearOnYear {
        totals = totals == null ? List.of() : List.copyOf(totals);
        classes = classes == null ? List.of() : List.copyOf(classes);
    }
}
