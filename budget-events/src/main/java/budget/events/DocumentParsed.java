package budget.events;

import budget.events.published.Publication;
import budget.events.published.PublishedBudget;
import budget.events.reading.BudgetReading;
import budget.model.BudgetKey;
import budget.model.ParsedBudget;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * parse-service read the document into a budget: the budget as published, and how it was read (what
 * validate-service needs to locate findings and weigh the reader's doubts). Key: the budget key id, so all versions
 * of one budget stay ordered in one partition. Version 2; version 1 carried the reader's model as one
 * {@code budget} and is still read ({@link EventVersions}).
 *
 * @param receivedAt when ingest accepted the document
 */
public record DocumentParsed(
        @JsonProperty("eventId") String eventId,
        @JsonProperty("eventType") String eventType,
        @JsonProperty("schemaVersion") int schemaVersion,
        @JsonProperty("occurredAt") Instant occurredAt,
        @JsonProperty("documentId") String documentId,
        @JsonProperty("filename") String filename,
        @JsonProperty("receivedAt") Instant receivedAt,
        @JsonProperty("budgetKey") BudgetKey budgetKey,
        @JsonProperty("budget") PublishedBudget budget,
        @JsonProperty("reading") BudgetReading reading) implements BudgetEvent {

    public static final String TYPE = "DocumentParsed";
    /** This event's schema version, above the other events' ({@link BudgetEvent#SCHEMA_VERSION}). */
    public static final int SCHEMA_VERSION = 2;

    public static DocumentParsed of(DocumentReceived received, ParsedBudget budget, Instant now) {
        Publication.Split split = Publication.split(budget);
        return new DocumentParsed(EventIds.of(received.documentId(), TYPE), TYPE, SCHEMA_VERSION, now,
                received.documentId(), received.filename(), received.occurredAt(), budget.metadata().key(),
                split.budget(), split.reading());
    }

    /**
     * The budget as the reader read it, what the validator checks.
     *
     * @throws IllegalArgumentException when the event lacks its budget or reading, or they do not match
     */
    public ParsedBudget asRead() {
        return Publication.join(budget, reading);
    }
}
