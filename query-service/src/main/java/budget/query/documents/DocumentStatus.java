package budget.query.documents;

import budget.events.DocumentFailed;

/**
 * Where a document is in the pipeline. Every status a stage records has a rank, its place along the pipeline, and
 * a document's status only moves to a higher rank, so late or redelivered events never move it backwards:
 *
 * <pre>
 * RECEIVED 10 · dead-lettered before parsed 15 · failed at PARSE 18 · PARSED 20 · dead-lettered before validated 25
 * · failed at VALIDATE 28 · dead-lettered before stored 35 · failed at STORE 38 · VALIDATED (stored) 40
 * </pre>
 *
 * A dead letter ranks below what its stage would have reached, so a replay that goes through moves the document on
 * (and a replay that fails again records the new dead letter at the same rank); a failure ranks below the next
 * stage's success, so a fixed and replayed document moves on too. The replay itself, seen by the tracker on the
 * record it re-publishes, takes a document out of DEAD_LETTERED at once (see {@link DocumentStatusStore}).
 */
public enum DocumentStatus {
    RECEIVED,
    PARSED,
    VALIDATED,
    FAILED,
    DEAD_LETTERED;

    static final int RECEIVED_RANK = 10;
    static final int PARSED_RANK = 20;
    static final int VALIDATED_RANK = 40;

    /** The rank of a failure at this stage: below the stage's success. */
    static int failedRank(DocumentFailed.Stage stage) {
        if (stage == null) {
            return PARSED_RANK - 2;
        }
        return switch (stage) {
            case INGEST -> RECEIVED_RANK - 2;
            case PARSE -> PARSED_RANK - 2;
            case VALIDATE -> 28;
            case STORE -> VALIDATED_RANK - 2;
        };
    }

    /** The rank of a dead letter on the way to this stage: below a failure there, so a replay may end in either. */
    static int deadLetteredRank(DocumentFailed.Stage stage) {
        return failedRank(stage) - 3;
    }
}
