package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a code table (tables 2, 3, 5, 6, 7, 8).
 *
 * @param code       the full classification code, e.g. 2080505 (functional) or 30101 (economic)
 * @param codeParts  the code split into its printed levels: 类 / 款 / 项
 * @param name       the row's name as printed (or filled from the same code elsewhere, see nameFilled)
 * @param nameFilled true when the name was missing on this page and taken from the same code elsewhere
 * @param amounts    amount per column name, in yuan, exact; a blank cell is zero
 * @param lines      the 1-based source line(s) the row was read from
 * @param placement  how the amounts were placed into columns
 * @param printedCode the code as printed when the document misprints it (a dropped leading zero, a cut 类) and
 *                    {@code code} is what it stands for; null when the code was printed as it is
 * @param box        where the row is printed (PDF input only), else null
 * @param cellBoxes  where each amount is printed, by column (PDF input only; blank cells have none)
 */
public record TableRow(
        @JsonProperty("code") String code,
        @JsonProperty("codeParts") List<String> codeParts,
        @JsonProperty("name") String name,
        @JsonProperty("nameFilled") boolean nameFilled,
        @JsonProperty("amounts") Map<String, BigDecimal> amounts,
        @JsonProperty("lines") List<Integer> lines,
        @JsonProperty("placement") RowPlacement placement,
        @JsonProperty("printedCode") @JsonInclude(JsonInclude.Include.NON_NULL) String printedCode,
        @JsonProperty("box") @JsonInclude(JsonInclude.Include.NON_NULL) PageBox box,
        @JsonProperty("cellBoxes") @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, PageBox> cellBoxes) {

    /** A row whose code was printed as it is. */
    public TableRow(String code, List<String> codeParts, String name, boolean nameFilled, Map<String, BigDecimal> amounts,
                    List<Integer> lines, RowPlacement placement) {
        this(code, codeParts, name, nameFilled, amounts, lines, placement, null);
    }

    /** A row read from text, which has no page geometry. */
    public TableRow(String code, List<String> codeParts, String name, boolean nameFilled, Map<String, BigDecimal> amounts,
                    List<Integer> lines, RowPlacement placement, String printedCode) {
        this(code, codeParts, name, nameFilled, amounts, lines, placement, printedCode, null, null);
    }

    /** The same row, located on its page. */
    public TableRow located(PageBox where, Map<String, PageBox> cells) {
        return new TableRow(code, codeParts, name, nameFilled, amounts, lines, placement, printedCode, where, cells);
    }

    public TableRow {
        cellBoxes = cellBoxes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cellBoxes));
        codeParts = codeParts == null ? List.of() : List.copyOf(codeParts);
        amounts = amounts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** 1 for a 类 row, 2 for 款, 3 for 项. */
    public int level() {
        return codeParts.size();
    }

    public BigDecimal amount(String column) {
        return amounts.getOrDefault(column, BigDecimal.ZERO);
    }
}
