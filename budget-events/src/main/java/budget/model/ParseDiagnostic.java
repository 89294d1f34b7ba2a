package budget.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A line the parser looked at and could not read or place with certainty. Nothing is dropped silently: the
 * validator turns each diagnostic into a finding.
 *
 * @param line   the 1-based source line
 * @param table  the table number the line belongs to, or null outside tables
 * @param text   the line (shortened when very long)
 * @param reason why it was not read, in plain words
 */
public record ParseDiagnostic(
        @JsonProperty("line") int line,
        @JsonProperty("table") Integer table,
        @JsonProperty("text") String text,
        @JsonProperty("reason") String reason) {
}
