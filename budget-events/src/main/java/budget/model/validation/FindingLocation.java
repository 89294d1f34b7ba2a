package budget.model.validation;

import budget.model.PageBox;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Where a finding is: the table (null for narrative or metadata), the code or item, the column, the source lines
 * involved and, for a PDF, the page and box of the place (the cell when a column is named).
 */
public record FindingLocation(
        @JsonProperty("table") Integer table,
        @JsonProperty("code") String code,
        @JsonProperty("item") String item,
        @JsonProperty("column") String column,
        @JsonProperty("lines") List<Integer> lines,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box) {

    public FindingLocation {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A place in a text, which has no page geometry. */
    public FindingLocation(Integer table, String code, String item, String column, List<Integer> lines) {
        this(table, code, item, column, lines, null);
    }

    /** The same place, with its page and box. */
    public FindingLocation on(PageBox where) {
        return new FindingLocation(table, code, item, column, lines, where);
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
        if (box != null) {
            out.append(" p").append(box.page());
        }
        return out.toString();
    }
}
