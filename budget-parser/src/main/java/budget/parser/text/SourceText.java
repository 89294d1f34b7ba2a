package budget.parser.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a document into numbered lines: \n, \r\n and lone \r end a line; form feeds are dropped. */
public final class SourceText {

    private SourceText() {
    }

    public static List<SourceLine> lines(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\f') < 0 && text.indexOf('\u0000') < 0
                && text.indexOf('\uFEFF') < 0) {
            return plainLines(text);
        }
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, clean(text, start, i)));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new SourceLine(number, clean(text, start, length)));
        }
        return lines;
    }

    /** The common case: only \n ends lines and nothing needs cleaning. */
    private static List<SourceLine> plainLines(String text) {
        List<SourceLine> lines = new ArrayList<>(text.length() / 40 + 1);
        int number = 1;
        int start = 0;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            lines.add(new SourceLine(number++, text.substring(start, end)));
            start = end + 1;
        }
        if (start < text.length()) {
            lines.add(new SourceLine(number, text.substring(start)));
        }
        return lines;
    }

    /** The line without form feeds, NULs and the byte order mark, which carry nothing a reader needs. */
    private static String clean(String text, int from, int to) {
        boolean dirty = false;
        for (int i = from; i < to && !dirty; i++) {
            char c = text.charAt(i);
            dirty = c == '\f' || c == '\u0000' || c == '\uFEFF';
        }
        if (!dirty) {
            return text.substring(from, to);
        }
        StringBuilder clean = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\f' && c != '\u0000' && c != '\uFEFF') {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
