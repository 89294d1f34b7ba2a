package budget.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Where a finding is: the table (null for narrative or metadata), the code or item, the column, and the
 * source lines involved.
 */
public record FindingLocation(
        @JsonProperty("table") Integer table,
        @JsonProperty("code") String code,
        @JsonProperty("item") String item,
        @JsonProperty("column") String column,
        @JsonProperty("lines") List<Integer> lines) {

    public FindingLocation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A short human form, e.g. {@code T3 2080505 基本支出 L142}. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (table != null) {
            out.append('T').append(table);
        } else {
            out.append("narrative");
        }
        if (code != null) {
            out.append(' ').append(code);
        }
        if (item != null) {
            out.append(' ').append(item);
        }
        if (column != null) {
            out.append(' ').append(column);
        }
        if (!lines.isEmpty()) {
            out.append(" L").append(lines.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        }
        return out.toString();
    }
}
