package budget.parser.text;

/**
 * One cell of a line: its trimmed text and the character columns it spans in the line ({@code end} exclusive),
 * which place a number under its heading when the text keeps the layout.
 */
public record Cell(String text, int start, int end) {

    public boolean isBlank() {
        return text.isEmpty();
    }

    public double center() {
        return (start + end) / 2.0;
    }
}
