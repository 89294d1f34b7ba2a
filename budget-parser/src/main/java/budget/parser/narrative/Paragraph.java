package budget.parser.narrative;

import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.Arrays;
import java.util.List;

/**
 * A run of consecutive non-blank prose lines, joined without whitespace (so a figure wrapped across lines, or
 * printed as {@code 16,066.66 万元}, reads as one), with the source line of every character.
 */
public final class Paragraph {

    private final String text;
    private final int[] starts;
    private final int[] numbers;
    private final long words;

    private Paragraph(String text, int[] starts, int[] numbers, long words) {
        this.text = text;
        this.starts = starts;
        this.numbers = numbers;
        this.words = words;
    }

    /** @param words the keywords its lines hold, as {@link LineWords} masks */
    static Paragraph of(List<SourceLine> lines, long words) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = text.length();
            numbers[i] = lines.get(i).number();
            text.append(Chars.squeeze(lines.get(i).text()));
        }
        return new Paragraph(text.toString(), starts, numbers, words);
    }

    /** A paragraph already joined: its text, where each line starts in it and the lines' numbers. */
    static Paragraph joined(String text, int[] starts, int[] numbers) {
        return new Paragraph(text, starts, numbers, 0);
    }

    /** The keywords the paragraph's lines hold, as {@link LineWords} masks. */
    long words() {
        return words;
    }

    public String text() {
        return text;
    }

    public int firstLine() {
        return numbers.length == 0 ? 0 : numbers[0];
    }

    /** The source line of the character at this index of {@link #text()}. */
    public int lineAt(int index) {
        int at = Arrays.binarySearch(starts, index);
        if (at < 0) {
            at = -at - 2;
        }
        // several lines may start at the same offset when some were empty after squeezing: take the last
        while (at + 1 < starts.length && starts[at + 1] == index) {
            at++;
        }
        return numbers[Math.max(0, at)];
    }
}
