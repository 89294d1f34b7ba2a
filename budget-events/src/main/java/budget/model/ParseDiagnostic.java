package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A line the parser looked at and could not read or place with certainty. Nothing is dropped silently: the
 * validator turns each diagnostic into a finding, and no arithmetic check that rests on what the diagnostic
 * leaves uncertain may report the document as wrong.
 *
 * @param line   the 1-based source line
 * @param table  the table number the line belongs to, or null outside tables
 * @param text   the line (shortened when very long)
 * @param reason why it was not read, in plain words
 * @param scope  what the uncertainty reaches: nothing read, the row on this line, or the whole table
 */
public record ParseDiagnostic(
        @JsonProperty("line") int line,
        @JsonProperty("table") Integer table,
        @JsonProperty("text") String text,
        @JsonProperty("reason") String reason,
        @JsonProperty("scope") Scope scope) {

    /** What a diagnostic leaves uncertain. */
    public enum Scope {
        /** Nothing that was read: a paragraph inside a table, a name that could not be filled. */
        NOTE,
        /** The amounts of the row read from this line (their columns, or one of their values). */
        ROW,
        /** The table as a whole: something on this line may belong to one of its rows and is not in it. */
        TABLE
    }

    public ParseDiagnostic {
        scope = scope == null ? Scope.TABLE : scope;
    }
}
