package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One figure stated in the prose of the document.
 *
 * @param kind         what it is about
 * @param label        the subject, project or item name where the kind needs one, else the printed phrase
 * @param amount       the figure as printed
 * @param change       the stated change against the previous year (signed: 减少 is negative), or null
 * @param comparedYear the year the change is against, or null
 * @param line         the 1-based source line
 * @param box          where the figure's line is printed (PDF input only), else null
 */
public record NarrativeFact(
        @JsonProperty("kind") FactKind kind,
        @JsonProperty("label") String label,
        @JsonProperty("amount") PrintedAmount amount,
        @JsonProperty("change") PrintedAmount change,
        @JsonProperty("comparedYear") Integer comparedYear,
        @JsonProperty("line") int line,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box) {

    /** A figure read from text, which has no page geometry. */
    public NarrativeFact(FactKind kind, String label, PrintedAmount amount, PrintedAmount change, Integer comparedYear,
                         int line) {
        this(kind, label, amount, change, comparedYear, line, null);
    }

    /** The same figure, located on its page. */
    public NarrativeFact located(PageBox where) {
        return new NarrativeFact(kind, label, amount, change, comparedYear, line, where);
    }
}
