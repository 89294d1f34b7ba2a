package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * The identity of one budget record: every version of one department's budget of one kind and year shares
 * it, whatever the spelling of the department in the document.
 */
public record BudgetKey(
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("kind") BudgetKind kind,
        @JsonProperty("year") int year) {

    public BudgetKey {
        Objects.requireNonNull(departmentKey, "departmentKey");
        Objects.requireNonNull(kind, "kind");
    }

    /** A stable string form, used as the Kafka key and the MongoDB _id. */
    public String id() {
        return departmentKey + "|" + kind + "|" + year;
    }

    /** The key of an {@link #id()}; read from the right, so a department key may itself contain "|". */
    public static BudgetKey parse(String id) {
        int yearAt = id.lastIndexOf('|');
        int kindAt = yearAt < 0 ? -1 : id.lastIndexOf('|', yearAt - 1);
        if (kindAt <= 0) {
            throw new IllegalArgumentException("not a budget key id: " + id);
        }
        return new BudgetKey(id.substring(0, kindAt), BudgetKind.valueOf(id.substring(kindAt + 1, yearAt)),
                Integer.parseInt(id.substring(yearAt + 1)));
    }
}
