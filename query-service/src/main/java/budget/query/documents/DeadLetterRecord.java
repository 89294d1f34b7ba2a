package budget.query.documents;

import java.time.Instant;

/**
 * A record of a document in a dead-letter topic, as the tracker keeps it against the document.
 *
 * @param stage  the consumer that gave up: PARSE, VALIDATE, STORE, or STATUS (this tracker)
 * @param id     the dead letter's id, {@code <topic>:<partition>:<offset>}, what replay takes
 * @param rank   where the document waits (see {@link DocumentStatus})
 * @param reason the exception's message
 */
record DeadLetterRecord(String documentId, String filename, String stage, String id, String topic, int partition,
                        long offset, String originalTopic, Integer originalPartition, Long originalOffset,
                        String exception, String reason, Instant at, int rank) {
}
