package budget.parser.narrative;

import budget.model.BudgetKind;
import budget.model.ProseMark;
import budget.parser.text.Chars;
import budget.parser.text.SourceLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writing slips a reviewer marks in the prose, as printed: a word or clause printed twice in a row, two clause
 * marks in a row, a sentence that stops before its content (主要原因是。), a closing quote with no opening one, a
 * template placeholder left in (XX, ××, 增加（减少）), and in the explanation and the other notes (the template's
 * own sentences) a sentence ending its paragraph without a full stop and the wording of the other kind of budget
 * (部门预算 in a 单位预算, 单位预算 in a 部门预算). Prose is read in runs of adjacent lines joined without
 * whitespace, so a slip cut by a line break is seen; each slip is recorded once, at the line it starts on.
 */
final class ProseMarks {

    /**
     * Where the template's sentences are: the explanation (编制说明 up to the tables) and the other notes (其他相关情况说明
     * up to the first project section); line numbers, 0 or MAX_VALUE where a part is missing.
     */
    record Scope(int explanationStart, int explanationEnd, int notesStart, int notesEnd) {

        boolean template(int line) {
            return line >= explanationStart && line < explanationEnd
                    || notesStart > 0 && line >= notesStart && line < notesEnd;
        }
    }

    private static final Pattern DOUBLED_HAN = Pattern.compile("(\\p{IsHan}{2,12})\\1");
    /** A clause with a Han character printed twice in a row, each ending with its mark: 其他收入3万元，其他收入3万元， */
    private static final Pattern DOUBLED_CLAUSE = Pattern.compile("((?=[^，。；：、]*\\p{IsHan})[^，。；：、“”]{3,30}[，；、])\\1");
    private static final Pattern DOUBLED_MARK = Pattern.compile("[。，；：、][。，；、]");
    private static final Pattern CUT_SHORT = Pattern.compile(
            "(?:原因是|原因为|原因[：:]|主要用于[：:]?|用于[：:]|具体包括[：:]?|包括[：:]|具体是|如下[：:]?)(?=[。；;])"
                    + "|(?:为|是|安排|共计|合计|总额为?)(?=万元)");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[XＸ]{2,}|×{2,}|[○□]{2,}|某某|(?<![A-Za-z0-9])[XＸ](?=万元|%|个|辆|家)"
                    + "|增加[（(/、]减少[)）]?|减少[（(/、]增加[)）]?|增长[（(/、]下降[)）]?|下降[（(/、]增长[)）]?");
    private static final Pattern DEPARTMENT_WORDS = Pattern.compile("部门预算(?!经济分类|支出经济分类)");
    private static final Pattern UNIT_WORDS = Pattern.compile("(?<!预算)单位预算");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}(?:[、.．]|\\s)|[-*#•·])");
    private static final String ENDS = "。！？；：;:!?…）)】》”’\"";
    /** A printed page's full line of prose holds 25 ideographs at least; a shorter one was ended by its writer. */
    private static final int SHORTEST_FULL_LINE = 50;
    /** How much of the text around a slip the mark keeps. */
    private static final int AROUND = 6;

    private ProseMarks() {
    }

    static List<ProseMark> read(List<SourceLine> narrative, Scope scope, BudgetKind kind) {
        Map<String, ProseMark> marks = new LinkedHashMap<>();
        Quotes quotes = new Quotes();
        int fullWidth = 0;
        for (SourceLine line : narrative) {
            if (line.text().length() <= 20_000) {
                fullWidth = Math.max(fullWidth, width(Chars.squeeze(line.text())));
            }
        }
        for (List<SourceLine> lines : runs(narrative)) {
            Run run = Run.of(lines, fullWidth);
            if (run.text.text().length() > 20_000) {
                continue;
            }
            doubled(run, marks);
            find(CUT_SHORT, ProseMark.Kind.CUT_SHORT, run, marks);
            find(PLACEHOLDER, ProseMark.Kind.PLACEHOLDER, run, marks);
            quotes.read(run, marks);
            wording(run, scope, kind, marks);
            fullStops(run, scope, marks);
        }
        return List.copyOf(marks.values());
    }

    /**
     * A run of lines joined, with where each line ends in the joined text and whether it is wrapped: it fills the
     * width of the document's full lines (a line ended by the writer is shorter), so its text goes on in the next.
     */
    private static final class Run {

        final List<SourceLine> lines;
        final Paragraph text;
        final int[] ends;
        final boolean[] wrapped;

        private Run(List<SourceLine> lines, Paragraph text, int[] ends, boolean[] wrapped) {
            this.lines = lines;
            this.text = text;
            this.ends = ends;
            this.wrapped = wrapped;
        }

        static Run of(List<SourceLine> lines, int fullWidth) {
            int[] ends = new int[lines.size()];
            boolean[] wrapped = new boolean[lines.size()];
            int end = 0;
            for (int i = 0; i < lines.size(); i++) {
                String squeezed = Chars.squeeze(lines.get(i).text());
                end += squeezed.length();
                ends[i] = end;
                int w = width(squeezed);
                wrapped[i] = i < lines.size() - 1 && w * 5 >= fullWidth * 4 && w >= SHORTEST_FULL_LINE;
            }
            return new Run(lines, Paragraph.of(lines, 0), ends, wrapped);
        }

        /** Whether text from {@code start} to {@code end} lies on one line or on lines that wrap into each other. */
        boolean continuous(int start, int end) {
            for (int i = 0; i < ends.length; i++) {
                if (ends[i] > start && ends[i] < end && !wrapped[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Runs of adjacent non-blank lines. */
    private static List<List<SourceLine>> runs(List<SourceLine> narrative) {
        List<List<SourceLine>> runs = new ArrayList<>();
        List<SourceLine> run = new ArrayList<>();
        int previous = -1;
        for (SourceLine line : narrative) {
            if (line.isBlank() || line.number() != previous + 1) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            }
            if (!line.isBlank()) {
                run.add(line);
            }
            previous = line.number();
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void doubled(Run text, Map<String, ProseMark> marks) {
        String joined = text.text.text();
        Matcher han = DOUBLED_HAN.matcher(joined);
        while (han.find()) {
            add(ProseMark.Kind.DOUBLED_WORD, han.group(), han.start(), han.end(), text, marks);
        }
        Matcher clause = DOUBLED_CLAUSE.matcher(joined);
        while (clause.find()) {
            add(ProseMark.Kind.DOUBLED_WORD, clause.group(), clause.start(), clause.end(), text, marks);
        }
        Matcher mark = DOUBLED_MARK.matcher(joined);
        while (mark.find()) {
            add(ProseMark.Kind.DOUBLED_PUNCTUATION, mark.group(), mark.start(), mark.end(), text, marks);
        }
    }

    private static void find(Pattern pattern, ProseMark.Kind kind, Run text, Map<String, ProseMark> marks) {
        Matcher m = pattern.matcher(text.text.text());
        while (m.find()) {
            add(kind, m.group(), m.start(), m.end(), text, marks);
        }
    }

    /** In the template's sentences, the other kind's name for the budget. */
    private static void wording(Run text, Scope scope, BudgetKind kind, Map<String, ProseMark> marks) {
        Pattern other = kind == BudgetKind.UNIT ? DEPARTMENT_WORDS : UNIT_WORDS;
        Matcher m = other.matcher(text.text.text());
        while (m.find()) {
            if (scope.template(text.text.lineAt(m.start()))) {
                add(ProseMark.Kind.KIND_WORDING, m.group(), m.start(), m.end(), text, marks);
            }
        }
    }

    /**
     * A sentence of the template's prose that ends its paragraph without a full stop: the line ends the run, or is
     * clearly shorter than the run's full lines (a wrapped line fills the width), and what it ends is a sentence
     * (a comma, or 原因/用于 in it) rather than a heading, a numbered list item or a figure given alone.
     */
    private static void fullStops(Run run, Scope scope, Map<String, ProseMark> marks) {
        String joined = run.text.text();
        for (int i = 0; i < run.lines.size(); i++) {
            int end = run.ends[i];
            boolean last = i == run.lines.size() - 1;
            if (!scope.template(run.lines.get(i).number()) || end == 0 || run.wrapped[i]) {
                continue; // not the template's prose, or a wrapped line
            }
            char c = joined.charAt(end - 1);
            if (ENDS.indexOf(c) >= 0 || !last && end < joined.length() && ENDS.indexOf(joined.charAt(end)) >= 0) {
                continue;
            }
            int start = end - 1;
            while (start > 0 && "。！？；;!?：:".indexOf(joined.charAt(start - 1)) < 0) {
                start--;
            }
            String sentence = joined.substring(start, end);
            if (NUMBERED.matcher(sentence).lookingAt() || hanCount(sentence) < 10
                    || !(sentence.contains("，") || sentence.contains("原因") || sentence.contains("用于"))) {
                continue;
            }
            String tail = joined.substring(Math.max(start, end - AROUND), end);
            add(ProseMark.Kind.MISSING_FULL_STOP, tail, end - 1, end, run, marks);
        }
    }

    /**
     * Quote marks in order: “ opens, ” closes; a sentence's end (。！？ not inside the quote) closes what is open.
     * A ” with nothing open is stray; at the start of a paragraph it is an opening mark printed the wrong way round,
     * and what follows is read as quoted.
     */
    private static final class Quotes {

        private int open;

        void read(Run text, Map<String, ProseMark> marks) {
            String joined = text.text.text();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '“') {
                    open++;
                } else if (c == '”') {
                    if (open > 0) {
                        open--;
                    } else {
                        add(ProseMark.Kind.STRAY_QUOTE, "”", i, i + 1, text, marks);
                        if (i == 0 && joined.length() > 1 && Chars.isHan(joined.charAt(1))) {
                            open = 1;
                        }
                    }
                } else if ((c == '。' || c == '！' || c == '？') && (i + 1 >= joined.length() || joined.charAt(i + 1) != '”')) {
                    open = 0;
                }
            }
        }
    }

    /** Records a slip, unless what it rests on is cut by a line the writer ended (a heading and its next line). */
    private static void add(ProseMark.Kind kind, String printed, int start, int end, Run run,
                            Map<String, ProseMark> marks) {
        if (!run.continuous(start, end)) {
            return;
        }
        String joined = run.text.text();
        String excerpt = joined.substring(Math.max(0, start - AROUND), Math.min(joined.length(), end + AROUND));
        ProseMark mark = new ProseMark(kind, printed, excerpt, run.text.lineAt(start));
        marks.putIfAbsent(kind + "|" + excerpt, mark);
    }

    /** Display width: an ideograph or full-width mark counts two, ASCII one. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }

    private static int hanCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Chars.isHan(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }
}
