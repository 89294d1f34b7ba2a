package budget.events;

import java.time.Instant;

/**
 * The envelope every event carries. The document id is the SHA-256 of the uploaded bytes, so identical
 * uploads are recognised; the event id is derived from the document id and the event type, so a stage that
 * processes the same document twice emits the same event id and consumers can drop the repeat.
 */
public sealed interface BudgetEvent permits DocumentReceived, DocumentParsed, DocumentValidated, DocumentFailed {

    /**
     * The schema version of the events that do not declare their own (DocumentReceived, DocumentParsed and
     * DocumentValidated do: 2). Bump an event's
     * version on an incompatible change of it.
     */
    int SCHEMA_VERSION = 1;

    String eventId();

    String eventType();

    int schemaVersion();

    Instant occurredAt();

    String documentId();
}
