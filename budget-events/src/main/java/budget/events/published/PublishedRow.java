package budget.events.published;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * One line of a code table (tables 2, 3, 5, 6, 7, 8).
 *
 * @param code        the full classification code, e.g. 2080505 (functional) or 30101 (economic)
 * @param codeParts   the code split into its printed levels: 类 / 款 / 项
 * @param name        the line's name as printed, or taken from the same code elsewhere (see nameFilled)
 * @param nameFilled  the name is not printed on the line's page and was taken from the same code elsewhere in the
 *                    document (absent when false)
 * @param amounts     in yuan, exact, one per column of the table in the table's order; a blank cell is 0, null
 *                    where the line has no amount in that column
 * @param printedCode the code as printed when the document misprints it (a dropped leading zero, a cut 类) and
 *                    {@code code} is what it stands for; absent when the code was printed as it is
 */
public record PublishedRow(
        @JsonProperty("code") String code,
        @JsonProperty("codeParts") List<String> codeParts,
        @JsonProperty("name") String name,
        @JsonProperty("nameFilled") @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean nameFilled,
        @ColumnAligned @JsonProperty("amounts") List<BigDecimal> amounts,
        @JsonProperty("printedCode") @JsonInclude(JsonInclude.Include.NON_NULL) String printedCode) {

    public PublishedRow {
        // absent when false (most lines), so a wrapper that reads absent as false
        nameFilled = Boolean.TRUE.equals(nameFilled);
        codeParts = codeParts == null ? List.of() : List.copyOf(codeParts);
        // List.copyOf refuses nulls, and a null stands for a column the line has no amount in
        amounts = amounts == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
    }

    /** 1 for a 类 line, 2 for 款, 3 for 项. */
    public int level() {
        return codeParts.size();
    }
}
