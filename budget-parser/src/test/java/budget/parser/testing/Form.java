package budget.parser.testing;

/** The physical forms a table can be rendered in, as real PDF-to-text tools produce them. */
public enum Form {
    /** Tab-separated cells, blank cells kept. */
    TAB,
    /** Markdown pipe table with a rule line. */
    PIPE,
    /** Columns aligned with runs of spaces, blank cells as spaces (pdftotext -layout). */
    ALIGNED,
    /** Single spaces, blank cells vanished. */
    SPACED,
    /** One cell per line, blank cells vanished (plain pdftotext). */
    ONE_PER_LINE,
    /** Tab-separated with a form feed, a page number and a repeated header block in the middle of each table. */
    PAGE_BREAKS,
    /** The last code part merged into the name cell under a two-column code header (208 | 05 | 01 name). */
    MERGED_CODES,
    /** Full codes printed whole in one column (2080505 | name). */
    WHOLE_CODES;

    /** Whether blank cells keep their place in this form. */
    public boolean keepsBlanks() {
        return this != SPACED && this != ONE_PER_LINE;
    }
}
