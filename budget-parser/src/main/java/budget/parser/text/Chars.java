package budget.parser.text;

/** Character classes the readers need, written out so they cost a comparison, not a regex. */
public final class Chars {

    private Chars() {
    }

    /** A CJK ideograph (the names, labels and prose of the documents). */
    public static boolean isHan(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    public static boolean hasHan(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    public static boolean isDigits(CharSequence text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whitespace including the ideographic space and no-break space. */
    public static boolean isSpace(char c) {
        if (c > '\u3000' || c > ' ' && c < '\u00A0') {
            return false; // the common cases first: ideographs and printable ASCII
        }
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u200B' || c == '\r' || c == '\u000B';
    }

    /** The text with every kind of whitespace removed: how headings and labels are compared. */
    public static String squeeze(CharSequence text) {
        String string = text.toString();
        int length = string.length();
        int first = 0;
        while (first < length && !isSpace(string.charAt(first))) {
            first++;
        }
        if (first == length) {
            return string; // the common case: nothing to remove, nothing allocated
        }
        char[] chars = string.toCharArray();
        int kept = first;
        for (int i = first; i < length; i++) {
            char c = chars[i];
            if (!isSpace(c)) {
                chars[kept++] = c;
            }
        }
        return new String(chars, 0, kept);
    }

    /** Shortens a line for a diagnostic: at most 200 characters. */
    public static String shorten(String text) {
        String stripped = text.strip();
        return stripped.length() <= 200 ? stripped : stripped.substring(0, 197) + "...";
    }
}
