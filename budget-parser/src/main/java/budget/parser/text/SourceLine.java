package budget.parser.text;

/**
 * One line of the document: its 1-based number in the source and its text, without line terminator and
 * without form feeds (a form feed only marks a page break, which the readers see as a blank gap anyway).
 */
public record SourceLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
