package budget.query.budgets;

import budget.events.DocumentValidated;
import budget.model.BudgetKind;
import budget.model.GovernmentLevel;
import budget.model.validation.ValidationStatus;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The whole-document record of one budget (department key, kind, year) in the budgets collection: the
 * current version in full, a summary of every superseded version (kept whole in budget_versions), and
 * summary fields for filtering.
 *
 * @param id       the budget key id, deterministic, so every version lands on the same record
 * @param revision incremented on every change; writes are conditional on it (optimistic concurrency)
 */
public record BudgetRecord(
        @JsonProperty("_id") String id,
        @JsonProperty("departmentKey") String departmentKey,
        @JsonProperty("kind") BudgetKind kind,
        @JsonProperty("year") int year,
        @JsonProperty("departmentPrinted") String departmentPrinted,
        @JsonProperty("level") GovernmentLevel level,
        @JsonProperty("region") String region,
        @JsonProperty("status") ValidationStatus status,
        @JsonProperty("errors") int errors,
        @JsonProperty("warnings") int warnings,
        @JsonProperty("notes") int notes,
        @JsonProperty("totals") BudgetTotals totals,
        @JsonProperty("documentIds") List<String> documentIds,
        @JsonProperty("revision") long revision,
        @JsonProperty("current") BudgetVersion current,
        @JsonProperty("history") List<VersionSummary> history) {

    public BudgetRecord {
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /**
     * What storing one event does to a record.
     *
     * @param next       the record to write
     * @param superseded the version that leaves (or never reaches) current, to keep whole; null if none (the
     *                   current version validated again)
     */
    record Change(BudgetRecord next, BudgetVersion superseded) {

        boolean currentChanged(BudgetRecord previous) {
            return previous == null || !previous.current().documentId().equals(next.current().documentId())
                    || !previous.current().sameVerdict(next.current());
        }
    }

    static BudgetRecord first(DocumentValidated event) {
        return withCurrent(event, BudgetVersion.of(event), List.of(), 1);
    }

    /**
     * The change this event makes, or empty when it changes nothing (a redelivery or a replay of a version
     * already stored). A newer upload becomes current and the old current moves to history; an older one
     * arriving late (a replay) only joins the history. The current version validated again later (against a
     * previous year that arrived since) takes the new verdict; a superseded version keeps the one it had.
     */
    Optional<Change> apply(DocumentValidated event) {
        if (documentIds.contains(event.documentId())) {
            BudgetVersion again = BudgetVersion.of(event);
            if (!current.documentId().equals(event.documentId()) || !event.occurredAt().isAfter(current.validatedAt())
                    || again.sameVerdict(current)) {
                return Optional.empty();
            }
            return Optional.of(new Change(withCurrent(event, again, history, revision + 1), null));
        }
        BudgetVersion incoming = BudgetVersion.of(event);
        if (incoming.newerThan(current)) {
            return Optional.of(new Change(withCurrent(event, incoming, append(history, current), revision + 1), current));
        }
        BudgetRecord kept = new BudgetRecord(id, departmentKey, kind, year, departmentPrinted, level, region, status,
                errors, warnings, notes, totals, null, revision + 1, current, append(history, incoming));
        return Optional.of(new Change(kept.withDocumentIds(), incoming));
    }

    private static BudgetRecord withCurrent(DocumentValidated event, BudgetVersion current, List<VersionSummary> history,
                                            long revision) {
        var metadata = event.budget().metadata();
        return new BudgetRecord(event.budgetKey().id(), event.budgetKey().departmentKey(), event.budgetKey().kind(),
                event.budgetKey().year(), metadata.departmentPrinted(), metadata.level(), metadata.region(),
                current.status(), current.report().errors(), current.report().warnings(), current.report().notes(),
                BudgetTotals.of(current.budget()), null, revision, current, history)
                .withDocumentIds();
    }

    private BudgetRecord withDocumentIds() {
        List<String> ids = Stream.concat(Stream.of(current.documentId()), history.stream().map(VersionSummary::documentId))
                .toList();
        return new BudgetRecord(id, departmentKey, kind, year, departmentPrinted, level, region, status, errors,
                warnings, notes, totals, ids, revision, current, history);
    }

    private static List<VersionSummary> append(List<VersionSummary> history, BudgetVersion version) {
        List<VersionSummary> out = new ArrayList<>(history);
        out.add(VersionSummary.of(version));
        out.sort(Comparator.comparing(VersionSummary::receivedAt).thenComparing(VersionSummary::documentId));
        return out;
    }
}
