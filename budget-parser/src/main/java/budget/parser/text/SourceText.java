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
        return markLastOnPage(lines, text);
    }

    /**
     * Marks the last line with text of every page: the one before a line that starts with a form feed, and the
     * document's last line (pdftotext ends every page, the last one too, with a form feed).
     */
    private static List<SourceLine> markLastOnPage(List<SourceLine> lines, String text) {
        List<Integer> pageStarts = new ArrayList<>();
        int lineNumber = 1;
        boolean atLineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f' && atLineStart) {
                pageStarts.add(lineNumber);
            }
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                lineNumber++;
                atLineStart = true;
            } else if (c != '\r' && c != '\f') {
                atLineStart = false;
            }
        }
        java.util.Set<Integer> before = new java.util.HashSet<>();
        for (int start : pageStarts) {
            for (int n = start - 1; n >= 1; n--) {
                if (!lines.get(n - 1).isBlank()) {
                    before.add(n);
                    break;
                }
            }
        }
        for (int n = lines.size(); n >= 1; n--) {
            if (!lines.get(n - 1).isBlank()) {
                before.add(n);
                break;
            }
        }
        List<SourceLine> marked = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            marked.add(before.contains(line.number()) ? new SourceLine(line.number(), line.text(), true) : line);
        }
        return marked;
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
