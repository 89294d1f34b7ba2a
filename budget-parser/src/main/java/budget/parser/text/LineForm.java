package budget.parser.text;

/** The physical form of one line of a table. */
public enum LineForm {
    /** Markdown pipe row: {@code | 208 | 05 | | … |}; blank cells are kept. */
    PIPE,
    /** Tab-separated row; blank cells are kept. */
    TAB,
    /** Cells separated by runs of spaces (pdftotext -layout); positions are meaningful, blank cells are not kept. */
    ALIGNED,
    /** Cells separated by single spaces; blank cells vanished and positions mean nothing. */
    SPACED,
    /** One cell on the line (plain pdftotext reading order, or a lone word). */
    SINGLE;

    /** Whether blank cells keep their place, so cells can be counted against the header. */
    public boolean delimited() {
        return this == PIPE || this == TAB;
    }
}
