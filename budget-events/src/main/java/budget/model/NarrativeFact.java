package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One figure stated in the prose of the document, with what the prose says of its previous year where it says
 * it: {@code 2025年当年预算执行数为X万元，2026年预算安排Y万元，比2025年预算执行数增加Z%} is a previous figure X,
 * the figure Y and a percentage Z; {@code 财政拨款收入Y万元，比2025年预算增加D万元} the figure and a change D.
 *
 * @param kind         what it is about
 * @param label        the subject, project or item name where the kind needs one, else the printed phrase
 * @param amount       the figure as printed
 * @param change       the stated change against the previous year in the figure's unit (signed: 减少 is negative;
 *                     持平 is 0), or null
 * @param comparedYear the year the change is against, or null
 * @param line         the 1-based source line
 * @param box          where the figure's line is printed (PDF input only), else null
 * @param previous     the previous figure the prose states (执行数为X万元), or null
 * @param percent      the stated change in per cent (signed like {@code change}; unit %), or null
 * @param basis        what the figure is compared with (the previous year's budget or its execution), or null when
 *                     the prose does not say
 */
public record NarrativeFact(
        @JsonProperty("kind") FactKind kind,
        @JsonProperty("label") String label,
        @JsonProperty("amount") PrintedAmount amount,
        @JsonProperty("change") PrintedAmount change,
        @JsonProperty("comparedYear") Integer comparedYear,
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box,
        @JsonProperty("previous") @JsonInclude(JsonInclude.Include.NON_NULL) PrintedAmount previous,
        @JsonProperty("percent") @JsonInclude(JsonInclude.Include.NON_NULL) PrintedAmount percent,
        @JsonProperty("basis") @JsonInclude(JsonInclude.Include.NON_NULL) ComparisonBasis basis) {

    /** What a stated change is measured against. */
    public enum ComparisonBasis {
        /** 比2025年预算: the previous year's budget as published. */
        BUDGET,
        /** 比2025年预算执行数 / 执行数: what was spent (or is expected to be) of the previous year's budget. */
        EXECUTION
    }

    /** A figure read from text, which has no page geometry. */
    public NarrativeFact(FactKind kind, String label, PrintedAmount amount, PrintedAmount change, Integer comparedYear,
                         int line) {
        this(kind, label, amount, change, comparedYear, line, null);
    }

    /** A figure without a stated previous figure or percentage. */
    public NarrativeFact(FactKind kind, String label, PrintedAmount amount, PrintedAmount change, Integer comparedYear,
                         int line, PageBox box) {
        this(kind, label, amount, change, comparedYear, line, box, null, null, null);
    }

    /** The same figure, located on its page. */
    public NarrativeFact located(PageBox where) {
        return new NarrativeFact(kind, label, amount, change, comparedYear, line, where, previous, percent, basis);
    }

    /** Whether the prose states anything of the previous year beside the figure. */
    public boolean statesChange() {
        return change != null || percent != null || previous != null;
    }
}
