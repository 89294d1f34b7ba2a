package budget.model;

/**
 * How the parser decided which column each amount of a row belongs to. Recorded so that a reader (and the
 * validator) can tell a row read from an explicit grid from one whose columns had to be inferred.
 */
public enum RowPlacement {
    /** Cells were delimited (tabs, pipes) and counted against the header. */
    DELIMITED,
    /** Cells were separated by runs of spaces and placed by their horizontal position under the header. */
    POSITION,
    /** Blank cells had vanished; the numbers were placed by the table's identities (合计 = Σ parts, ...). */
    IDENTITY,
    /** No placement was certain; the amounts are the parser's best reading and the row is reported. */
    AMBIGUOUS
}
