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

    /** The longest word looked for printed twice in a row. */
    private static final int LONGEST_WORD = 12;
    /** A clause printed twice in a row is at most this long (and at least 3, a Han character in it). */
    private static final int LONGEST_CLAUSE = 30;
    private static final String DOUBLED_MARKS = "。，；：、";
    /** Words that must be followed by what they introduce: 主要原因是。 is a sentence cut short. */
    private static final List<String> BEFORE_CONTENT = List.of("原因是", "原因为", "原因：", "原因:", "主要用于：", "主要用于",
            "用于：", "具体包括：", "具体包括", "包括：", "具体是", "如下：", "如下");
    /** Words that must be followed by a figure: 预算为万元 has lost it. */
    private static final List<String> BEFORE_FIGURE = List.of("总额为", "为", "是", "安排", "共计", "合计", "总额");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[XＸ]{2,}|×{2,}|[○□]{2,}|某某|(?<![A-Za-z0-9])[XＸ](?=万元|%|个|辆|家)"
                    + "|增加[（(/、]减少[)）]?|减少[（(/、]增加[)）]?|增长[（(/、]下降[)）]?|下降[（(/、]增长[)）]?");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}(?:[、.．]|\\s)|[-*#•·])");
    private static final String ENDS = "。！？；：;:!?…）)】》”’\"";
    private static final String SENTENCE_STOPS = "。！？；;!?：:";
    /** The last characters of the words of BEFORE_CONTENT and BEFORE_FIGURE. */
    private static final String WORD_ENDS = "是为：:于括下排计额";
    /** A printed page's full line of prose holds 25 ideographs at least; a shorter one was ended by its writer. */
    private static final int SHORTEST_FULL_LINE = 50;
    /** How much of the text around a slip the mark keeps. */
    private static final int AROUND = 6;

    private ProseMarks() {
    }

    static List<ProseMark> read(List<SourceLine> narrative, Scope scope, BudgetKind kind) {
        Map<String, ProseMark> marks = new LinkedHashMap<>();
        Quotes quotes = new Quotes();
        Recent recent = Recent.ofThread();
        List<Run> runs = new ArrayList<>();
        int fullWidth = 0;
        for (List<SourceLine> lines : runs(narrative)) {
            Run run = Run.of(lines);
            runs.add(run);
            fullWidth = Math.max(fullWidth, run.widest);
        }
        for (Run run : runs) {
            if (run.text.text().length() > 20_000) {
                continue;
            }
            run.wrap(fullWidth);
            Scan scan = new Scan(run, quotes, marks, recent);
            if (scan.run()) {
                find(PLACEHOLDER, ProseMark.Kind.PLACEHOLDER, run, marks);
            }
            wording(run, scope, kind, marks);
            fullStops(run, scan.sentenceStarts, scope, marks);
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
        final int[] widths;
        final int widest;
        final boolean[] wrapped;

        private Run(List<SourceLine> lines, Paragraph text, int[] ends, int[] widths, int widest) {
            this.lines = lines;
            this.text = text;
            this.ends = ends;
            this.widths = widths;
            this.widest = widest;
            this.wrapped = new boolean[lines.size()];
        }

        /** The lines joined without whitespace, in one pass over their characters (every document's prose). */
        static Run of(List<SourceLine> lines) {
            int[] ends = new int[lines.size()];
            int[] starts = new int[lines.size()];
            int[] numbers = new int[lines.size()];
            int[] widths = new int[lines.size()];
            StringBuilder text = new StringBuilder();
            int widest = 0;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).text();
                starts[i] = text.length();
                numbers[i] = lines.get(i).number();
                int width = 0;
                for (int k = 0; k < line.length(); k++) {
                    char c = line.charAt(k);
                    if (!Chars.isSpace(c)) {
                        text.append(c);
                        width += c < 0x2E80 ? 1 : 2;
                    }
                }
                ends[i] = text.length();
                widths[i] = line.length() > 20_000 ? 0 : width;
                widest = Math.max(widest, widths[i]);
            }
            return new Run(lines, Paragraph.joined(text.toString(), starts, numbers), ends, widths, widest);
        }

        /** Marks the lines that fill the document's full width as wrapped into the next. */
        void wrap(int fullWidth) {
            for (int i = 0; i < lines.size() - 1; i++) {
                wrapped[i] = widths[i] * 5 >= fullWidth * 4 && widths[i] >= SHORTEST_FULL_LINE;
            }
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

    /**
     * One pass over a run, as every document's prose is read: words of 2 to 12 ideographs printed again right after
     * themselves, a clause printed twice in a row, two clause marks in a row, words that stop before their content
     * (主要原因是。) or before their figure (为万元), the quote marks, and whether a placeholder may be there (the
     * pattern is run only then).
     */
    private static final class Scan {

        private final Run run;
        private final Quotes quotes;
        private final Map<String, ProseMark> marks;
        private final String joined;
        private final char[] chars;
        private int clauseStart;
        private int previousClause = -1;
        private boolean placeholderHint;
        /** Per line of the run: where the sentence that line ends in began (after the last 。！？；：). */
        final int[] sentenceStarts;

        private final Recent recent;

        Scan(Run run, Quotes quotes, Map<String, ProseMark> marks, Recent recent) {
            this.run = run;
            this.recent = recent;
            this.quotes = quotes;
            this.marks = marks;
            this.joined = run.text.text();
            this.chars = joined.toCharArray();
            this.sentenceStarts = new int[run.lines.size()];
            recent.clear(chars.length);
        }

        /** @return whether a placeholder may be printed in the run */
        boolean run() {
            int n = chars.length;
            int skipTo = 0;
            int sentenceStart = 0;
            int line = 0;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c > '\u3000' && c < '\u4E00' || c >= '\uFF01' || c == ';' || c == ':' || c == '!' || c == '?') {
                    if (isSentenceStop(c)) {
                        sentenceStart = i + 1;
                    }
                }
                while (line < run.ends.length && run.ends[line] <= i + 1) {
                    sentenceStarts[line++] = sentenceStart;
                }
                if (Chars.isHan(c)) {
                    int from = recent.doubledEndingAt(chars, i);
                    if (from >= skipTo) {
                        int word = i - from;
                        add(ProseMark.Kind.DOUBLED_WORD, joined.substring(from, i + word), from, i + word, run, marks);
                        skipTo = i + word;
                    }
                    switch (c) {
                        case '某' -> placeholderHint = true;
                        case '万' -> {
                            if (i + 1 < n && chars[i + 1] == '元') {
                                wordBefore(i, BEFORE_FIGURE);
                            }
                        }
                        case '增', '减', '下' -> placeholderHint |= i + 2 < n && "（(/、".indexOf(chars[i + 2]) >= 0;
                        default -> {
                        }
                    }
                    continue;
                }
                switch (c) {
                    case '。', '！', '？' -> {
                        if (c == '。') {
                            wordBefore(i, BEFORE_CONTENT);
                            doubledMark(i);
                        }
                        quotes.sentenceEnd(i + 1 >= n || chars[i + 1] != '”');
                        if (c == '。') {
                            clauseEnd(i, false);
                        }
                    }
                    case '，', '、' -> {
                        doubledMark(i);
                        clauseEnd(i, true);
                    }
                    case '；' -> {
                        wordBefore(i, BEFORE_CONTENT);
                        doubledMark(i);
                        clauseEnd(i, true);
                    }
                    case ';' -> wordBefore(i, BEFORE_CONTENT);
                    case '：' -> {
                        doubledMark(i);
                        clauseEnd(i, false);
                    }
                    case '“' -> {
                        quotes.open();
                        clauseEnd(i, false);
                    }
                    case '”' -> {
                        if (!quotes.close(i == 0 && n > 1 && Chars.isHan(chars[1]))) {
                            add(ProseMark.Kind.STRAY_QUOTE, "”", i, i + 1, run, marks);
                        }
                        clauseEnd(i, false);
                    }
                    case 'X', 'Ｘ', '×', '○', '□' -> placeholderHint = true;
                    default -> {
                    }
                }
            }
            return placeholderHint;
        }

        private void doubledMark(int i) {
            if (i + 1 < chars.length && DOUBLED_MARKS.indexOf(chars[i + 1]) >= 0 && chars[i + 1] != '：') {
                add(ProseMark.Kind.DOUBLED_PUNCTUATION, joined.substring(i, i + 2), i, i + 2, run, marks);
            }
        }

        /** 其他收入3万元，其他收入3万元，: a clause with an ideograph, ended by its mark, and then the same again. */
        private void clauseEnd(int i, boolean clauseMark) {
            int end = i + 1;
            boolean clause = clauseMark && end - clauseStart >= 4 && end - clauseStart <= LONGEST_CLAUSE + 1;
            if (clause && previousClause >= 0 && clauseStart - previousClause == end - clauseStart
                    && joined.regionMatches(previousClause, joined, clauseStart, end - clauseStart)
                    && Chars.hasHan(joined.substring(clauseStart, end))) {
                add(ProseMark.Kind.DOUBLED_WORD, joined.substring(previousClause, end), previousClause, end, run, marks);
            }
            previousClause = clause ? clauseStart : -1;
            clauseStart = end;
        }

        /** A sentence stopping right after words that introduce its content, or a 万元 with no figure before it. */
        private void wordBefore(int i, List<String> words) {
            if (i == 0 || WORD_ENDS.indexOf(chars[i - 1]) < 0) {
                return; // the common case: a figure, or any other word, before the mark
            }
            for (String word : words) {
                int from = i - word.length();
                if (from >= 0 && joined.startsWith(word, from)) {
                    add(ProseMark.Kind.CUT_SHORT, word, from, i, run, marks);
                    return;
                }
            }
        }
    }

    /**
     * Where each character was last seen, so that a word printed twice in a row is found at its second copy in one
     * step: the word's first ideograph was last seen 2 to 12 characters before, and the characters from there are the
     * word. One table per thread (256 KB), its places counted across runs and documents, so it is never cleared.
     */
    private static final class Recent {

        /** Per thread: the last place of every character, counted across documents, so it is never cleared. */
        private static final ThreadLocal<Recent> OF_THREAD = ThreadLocal.withInitial(Recent::new);
        private final int[] last = new int[Character.MAX_VALUE + 1];
        private int base = 1;

        static Recent ofThread() {
            return OF_THREAD.get();
        }

        /** The next run's places start after this one's. */
        void clear(int runLength) {
            if (base > Integer.MAX_VALUE / 2) {
                java.util.Arrays.fill(last, 0);
                base = 1;
            }
            base += runLength + LONGEST_WORD + 1;
        }

        /**
         * Records the ideograph at {@code j} and returns where the first copy starts of a word of 2 to 12 ideographs
         * whose second copy starts at {@code j}, or -1.
         */
        int doubledEndingAt(char[] text, int j) {
            char c = text[j];
            int p = last[c] - base;
            last[c] = base + j;
            int word = j - p;
            if (p < 0 || word < 2 || word > LONGEST_WORD || j + word > text.length) {
                return -1;
            }
            for (int k = 1; k < word; k++) {
                if (text[p + k] != text[j + k] || !Chars.isHan(text[p + k])) {
                    return -1;
                }
            }
            return p;
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
        String joined = text.text.text();
        String word = kind == BudgetKind.UNIT ? "部门预算" : "单位预算";
        for (int at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + word.length())) {
            boolean other = kind == BudgetKind.UNIT
                    ? !joined.startsWith("经济分类", at + 4) && !joined.startsWith("支出经济分类", at + 4)
                    : !(at >= 2 && joined.startsWith("预算", at - 2));
            if (other && scope.template(text.text.lineAt(at))) {
                add(ProseMark.Kind.KIND_WORDING, word, at, at + word.length(), text, marks);
            }
        }
    }

    /**
     * A sentence of the template's prose that ends its paragraph without a full stop: the line ends the run, or is
     * clearly shorter than the run's full lines (a wrapped line fills the width), and what it ends is a sentence
     * (a comma, or 原因/用于 in it) rather than a heading, a numbered list item or a figure given alone.
     */
    private static void fullStops(Run run, int[] sentenceStarts, Scope scope, Map<String, ProseMark> marks) {
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
            int start = Math.min(sentenceStarts[i], end - 1);
            if (end - start < 10) {
                continue;
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

        void open() {
            open++;
        }

        /** @return false for a closing mark with nothing open; {@code opensAgain}: it stands for an opening one */
        boolean close(boolean opensAgain) {
            if (open > 0) {
                open--;
                return true;
            }
            if (opensAgain) {
                open = 1;
            }
            return false;
        }

        void sentenceEnd(boolean outsideQuote) {
            if (outsideQuote) {
                open = 0;
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

    private static boolean isSentenceStop(char c) {
        return switch (c) {
            case '。', '！', '？', '；', ';', '!', '?', '：', ':' -> true;
            default -> false;
        };
    }

    /** Display width without whitespace: an ideograph or full-width mark counts two, ASCII one. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isSpace(c)) {
                width += c < 0x2E80 ? 1 : 2;
            }
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
