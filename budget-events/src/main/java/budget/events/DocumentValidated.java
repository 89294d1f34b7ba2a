package budget.events;

import budget.events.published.PublishedBudget;
import budget.model.BudgetKey;
import budget.model.YearOnYear;
import budget.model.validation.ValidationReport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * validate-service checked the budget: the verdict, every finding (each located in the document), and the budget as
 * published. This is the event outside systems subscribe to. Key: the budget key id. The same document is validated again when the previous
 * year's budget of its department and kind arrives or is revised later: the later event (a later
 * {@code occurredAt}, and another event id) carries the report with the cross-year findings against it. Version 2;
 * version 1 carried the reader's model (source lines, boxes, placements) as its budget and is still read
 * ({@link EventVersions}).
 *
 * @param receivedAt when ingest accepted the document
 * @param parsedAt   when parse-service read it
 * @param yearOnYear the budget against the previous year's budget, when that was known; else absent
 */
public record DocumentValidated(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("parsedAt") Instant parsedAt,
        @JsonProperty("budgetKey") BudgetKey budgetKey,
        @JsonProperty("report") ValidationReport report,
        @JsonProperty("budget") PublishedBudget budget,
        @JsonProperty("yearOnYear") @JsonInclude(JsonInclude.Include.NON_NULL) YearOnYear yearOnYear)
        implements BudgetEvent {

    public static final String TYPE = "DocumentValidated";
    /** This event's schema version, above the other events' ({@link BudgetEvent#SCHEMA_VERSION}). */
    public static final int SCHEMA_VERSION = 2;

    /** An event without a comparison with the previous year. */
    public DocumentValidated(String eventId, String eventType, int schemaVersion, Instant occurredAt, String documentId,
                             String filename, Instant receivedAt, Instant parsedAt, BudgetKey budgetKey,
                             ValidationReport report, PublishedBudget budget) {
        this(eventId, eventType, schemaVersion, occurredAt, documentId, filename, receivedAt, parsedAt, budgetKey,
                report, budget, null);
    }

    public static DocumentValidated of(DocumentParsed parsed, ValidationReport report, Instant now) {
        return of(parsed, report, null, now);
    }

    /** Validated against the previous year's budget, when {@code yearOnYear} is not null. */
    public static DocumentValidated of(DocumentParsed parsed, ValidationReport report, YearOnYear yearOnYear,
                                       Instant now) {
        String eventId = yearOnYear == null ? EventIds.of(parsed.documentId(), TYPE)
                : EventIds.of(parsed.documentId(), TYPE, "against", yearOnYear.previousDocumentId());
        return new DocumentValidated(eventId, TYPE, SCHEMA_VERSION, now, parsed.documentId(), parsed.filename(),
                parsed.receivedAt(), parsed.occurredAt(), parsed.budgetKey(), report, parsed.budget(), yearOnYear);
    }
}
