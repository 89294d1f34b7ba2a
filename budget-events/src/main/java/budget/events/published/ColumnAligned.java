package budget.events.published;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list with one entry per column of its table, in the table's order, null where there is none (no amount in that
 * column, no box for a blank cell). The generated JSON Schema lets its items be null.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface ColumnAligned {
}
