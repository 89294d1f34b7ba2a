package budget.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One budget's figures as the next year's budget of the same department and kind speaks of them: the totals the
 * prose states (by {@link FactKind}: 收入预算, 财政拨款收入, 支出预算, …, the 三公 cells and 机关运行经费) as the
 * tables give them, and every function code's 合计 and fiscal spending. It is what a budget is checked against
 * across years, published on a compacted topic keyed by the budget key, so that the latest version of every budget
 * is there to be read. A public contract: fields are only ever added, and {@link #SCHEMA_VERSION} says which.
 *
 * @param schemaVersion   the version of this record's shape
 * @param budgetKey       the budget it summarises
 * @param documentId      the document the figures were read from (the budget's version)
 * @param receivedAt      when that document was uploaded: a later upload of the same budget supersedes it
 * @param figures         stated-total kind name → the tables' figure in yuan (kinds the tables give no figure for
 *                        are absent)
 * @param classes         per function code of the tables (类, 款 and 项)
 * @param source          where the parsed budget this summarises can be read again, or null
 * @param comparedWith    the document id of the previous year's budget this one's cross-year checks were made
 *                        against, or null when none was known
 */
public record BudgetSummary(
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("budgetKey") BudgetKey budgetKey,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("figures") Map<String, BigDecimal> figures,
        @JsonProperty("classes") List<ClassFigure> classes,
        @JsonProperty("source") @JsonInclude(JsonInclude.Include.NON_NULL) SourceRecord source,
        @JsonProperty("comparedWith") @JsonInclude(JsonInclude.Include.NON_NULL) String comparedWith) {

    public static final int SCHEMA_VERSION = 1;

    /**
     * One function code's amounts, in yuan.
     *
     * @param total  table 3's 合计 (every source of funds)
     * @param fiscal tables 5 + 6 + 7: the fiscal appropriation
     */
    public record ClassFigure(
            @JsonProperty("code") String code,
            @JsonProperty("name") String name,
            @JsonProperty("total") BigDecimal total,
            @JsonProperty("fiscal") BigDecimal fiscal) {
    }

    /** A record on a Kafka topic: where the parsed budget was read from. */
    public record SourceRecord(
            @JsonProperty("topic") String topic,
            @JsonProperty("partition") int partition,
            @JsonProperty("offset") long offset) {
    }

    public BudgetSummary {
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        classes = classes == null ? List.of() : List.copyOf(classes);
    }

    /** The key of the budget of the year before, same department and kind. */
    public BudgetKey previousKey() {
        return new BudgetKey(budgetKey.departmentKey(), budgetKey.kind(), budgetKey.year() - 1);
    }

    /** The key of the budget of the year after, same department and kind. */
    public BudgetKey nextKey() {
        return new BudgetKey(budgetKey.departmentKey(), budgetKey.kind(), budgetKey.year() + 1);
    }

    public java.util.Optional<ClassFigure> classFigure(String code) {
        return classes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The same figures, read from another place, or checked against another previous year. */
    public BudgetSummary with(SourceRecord where, String previousDocumentId) {
        return new BudgetSummary(schemaVersion, budgetKey, documentId, receivedAt, figures, classes, where,
                previousDocumentId);
    }

    /** Whether this version supersedes the other: a later upload, the document id breaking ties. */
    public boolean newerThan(BudgetSummary other) {
        Instant mine = receivedAt == null ? Instant.EPOCH : receivedAt;
        Instant theirs = other.receivedAt == null ? Instant.EPOCH : other.receivedAt;
        int byTime = mine.compareTo(theirs);
        return byTime != 0 ? byTime > 0 : documentId.compareTo(other.documentId) > 0;
    }
}
