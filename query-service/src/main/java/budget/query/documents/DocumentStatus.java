package budget.query.documents;

/**
 * Where a document is in the pipeline. The rank orders the statuses so that late or replayed events never
 * move a document backwards; a validation after a failure (a fixed and replayed document) moves it on.
 */
public enum DocumentStatus {
    RECEIVED(1),
    PARSED(2),
    FAILED(3),
    VALIDATED(4);

    private final int rank;

    DocumentStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
