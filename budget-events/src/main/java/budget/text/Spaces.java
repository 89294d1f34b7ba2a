package budget.text;

/**
 * The spaces names are compared without: the regex class {@code [\s\u3000]} (\s without UNICODE_CHARACTER_CLASS is
 * [ \t\n\x0B\f\r]; \u3000 is the ideographic space). A plain loop, not a regex: it runs on every name a document's
 * rules compare.
 */
public final class Spaces {

    private Spaces() {
    }

    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u3000';
    }

    /** The text without its spaces; the text itself when it has none. */
    public static String removed(String text) {
        int first = 0;
        while (first < text.length() && !isSpace(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder bare = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                bare.append(c);
            }
        }
        return bare.toString();
    }
}
