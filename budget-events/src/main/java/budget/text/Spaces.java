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
        return removed(text, "");
    }

    /** The text without its spaces and without the characters of {@code others}; itself when it has none. */
    public static String removed(String text, String others) {
        int first = 0;
        while (first < text.length() && !dropped(text.charAt(first), others)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder bare = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!dropped(c, others)) {
                bare.append(c);
            }
        }
        return bare.toString();
    }

    private static boolean dropped(char c, String others) {
        return isSpace(c) || others.indexOf(c) >= 0;
    }
}
