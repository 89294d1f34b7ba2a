package budget.parser.text;

/**
 * One line of the document: its 1-based number in the source and its text, without line terminator and
 * without form feeds (a form feed only marks a page break, which the readers see as a blank gap anyway).
 *
 * @param lastOnPage whether it is the last line with text before a form feed (or the end of the document): where
 *                   a bare page number stands, which must not be read as an amount
 */
public record SourceLine(int number, String text, boolean lastOnPage) {

    public SourceLine(int number, String text) {
        this(number, text, false);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
