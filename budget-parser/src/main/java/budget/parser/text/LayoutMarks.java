package budget.parser.text;

import budget.model.ProseMark;

import java.util.ArrayList;
import java.util.List;

/**
 * The slips of the page layout that any text form shows (form feeds mark its pages, as pdftotext, the PDF front end
 * and the tab-separated forms write them): a page with nothing on it between printed pages, and characters that
 * cannot be read (U+FFFD, private use, stray control characters, pdfminer's {@code (cid:N)}), which is what glyphs
 * without a usable Unicode mapping come out as. A blank page after the last printed one (a back page) is no slip.
 */
public final class LayoutMarks {

    /** How much of the text around unreadable characters a mark keeps, on each side. */
    private static final int AROUND = 6;

    private LayoutMarks() {
    }

    public static List<ProseMark> read(String text) {
        List<ProseMark> marks = new ArrayList<>(blankPages(text));
        marks.addAll(unreadable(text));
        return marks;
    }

    /** Pages (the text between form feeds) with no printed character, between the first and the last printed page. */
    static List<ProseMark> blankPages(String text) {
        if (text.indexOf('\f') < 0) {
            return List.of();
        }
        List<int[]> pages = new ArrayList<>(); // page number, its line, blank (1) or not (0)
        int line = 1;
        int page = 1;
        int startLine = 1; // where the page starts
        int textLine = -1; // its first line with text
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\f') {
                pages.add(new int[] {page, textLine > 0 ? textLine : startLine, textLine > 0 ? 0 : 1});
                page++;
                startLine = line;
                textLine = -1;
            } else if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            } else if (textLine < 0 && !drawsNothing(c)) {
                textLine = line;
            }
        }
        pages.add(new int[] {page, textLine > 0 ? textLine : startLine, textLine > 0 ? 0 : 1});
        int first = -1;
        int last = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i)[2] == 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        List<ProseMark> marks = new ArrayList<>();
        for (int i = first + 1; first >= 0 && i < last; i++) {
            int[] p = pages.get(i);
            if (p[2] == 1) {
                marks.add(new ProseMark(ProseMark.Kind.BLANK_PAGE, "", pageName(p[0]), p[1]));
            }
        }
        return marks;
    }

    /** How a page is named in a mark's excerpt: 第3页. */
    public static String pageName(int page) {
        return "第" + page + "页";
    }

    /** Whitespace and the rules and bars a text form draws empty table cells with. */
    private static boolean drawsNothing(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '|' || c == '-' || c == ':';
    }

    /** One mark per line that holds unreadable characters, at the first of them. */
    static List<ProseMark> unreadable(String text) {
        List<ProseMark> marks = new ArrayList<>();
        for (SourceLine line : SourceText.lines(text)) {
            String s = line.text();
            StringBuilder bad = new StringBuilder();
            int first = -1;
            for (int i = 0; i < s.length(); i++) {
                int length = unreadableAt(s, i);
                if (length > 0) {
                    first = first < 0 ? i : first;
                    bad.append(s, i, i + length);
                    i += length - 1;
                }
            }
            if (first >= 0) {
                String excerpt = s.substring(Math.max(0, first - AROUND), Math.min(s.length(), first + AROUND)).strip();
                marks.add(new ProseMark(ProseMark.Kind.UNREADABLE_CHARACTERS, bad.toString(), excerpt, line.number()));
            }
        }
        return marks;
    }

    /** The length of the unreadable character (or {@code (cid:N)}) at {@code i}, else 0. */
    private static int unreadableAt(String s, int i) {
        char c = s.charAt(i);
        if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF' || c >= '\uDB80' && c <= '\uDBFF'
                || c < ' ' && c != '\t' || c >= '\u007F' && c <= '\u009F') {
            return c >= '\uDB80' && c <= '\uDBFF' && i + 1 < s.length() ? 2 : 1;
        }
        if (c == '(' && s.startsWith("(cid:", i)) {
            int j = i + 5;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j > i + 5 && j < s.length() && s.charAt(j) == ')') {
                return j + 1 - i;
            }
        }
        return 0;
    }
}
