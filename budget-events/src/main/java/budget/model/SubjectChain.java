package budget.model;

import budget.text.Spaces;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A narrative subject as its label prints it ({@link NarrativeFact#label()} of a {@link FactKind#SUBJECT_ITEM}),
 * read into its levels: {@code 城乡医疗救助} is one level of unknown depth, {@code 卫生健康支出（类）} one 类,
 * {@code 一般公共服务支出（类）财政事务（款）行政运行（项）} a chain whose subject is the last, deepest level, and
 * {@code 公共安全支出（204类）司法（06款）行政运行（01项）} the same with the printed code parts. Half- and full-width
 * brackets, spaces and quotes are all read; the label itself stays as printed, and this is the one place that
 * takes it apart (the parser writes labels, the validator and the query side read them).
 *
 * @param levels from the widest (类) to the subject itself; never empty
 */
public record SubjectChain(List<Level> levels) {

    /** A level mark: （类） (款) （204类） （06款） （01项）, the code part optional. */
    private static final Pattern MARK = Pattern.compile("[（(]\\s*(\\d{0,7})\\s*([类款项])\\s*[)）]");
    /** A code printed in front of an unmarked name: “2101101 行政单位医疗”. */
    private static final Pattern LEADING_CODE = Pattern.compile("^(\\d{3}|\\d{5}|\\d{7})(?=\\D)");
    /** The quotes a label is read without, as it is without its spaces ({@link Spaces}). */
    private static final String QUOTES = "“”\"＂‘’「」『』";

    public SubjectChain {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a subject has at least one level");
        }
    }

    /**
     * One level of a subject.
     *
     * @param name  the name as printed, without spaces, quotes or the mark
     * @param depth 1 (类), 2 (款), 3 (项), or 0 when no mark says it
     * @param code  the code digits the mark (or, unmarked, the name) prints: {@code 204}, {@code 06},
     *              {@code 2040601}; null when none
     */
    public record Level(String name, int depth, String code) {

        /** The length of a function code at this depth (3, 5, 7), or 0 when the depth is not marked. */
        public int codeLength() {
            return depth == 0 ? 0 : 1 + 2 * depth;
        }

        /** Whether the printed code (if any) is that of {@code code}: {@code 06} of 20406, {@code 204} of 204. */
        public boolean printedCodeOf(String code) {
            return this.code != null && code != null && code.endsWith(this.code)
                    && (this.code.length() == code.length() || this.code.length() == 2 && code.length() > 3);
        }
    }

    /**
     * Reads a label; a label without level marks is one level of unknown depth (a code in front of its name is
     * read), and so is a name after the last mark (卫生健康支出（类）城乡医疗救助: a subject somewhere below 210).
     */
    public static SubjectChain parse(String label) {
        String text = Spaces.removed(label == null ? "" : label, QUOTES);
        if (text.endsWith("科目")) {
            text = text.substring(0, text.length() - 2);
        }
        List<Level> levels = new ArrayList<>();
        Matcher mark = MARK.matcher(text);
        int from = 0;
        while (mark.find()) {
            String name = text.substring(from, mark.start());
            String code = mark.group(1).isEmpty() ? null : mark.group(1);
            levels.add(new Level(name, depthOf(mark.group(2).charAt(0)), code));
            from = mark.end();
        }
        levels.removeIf(level -> level.name().isEmpty() && level.code() == null);
        String rest = text.substring(from);
        if (!rest.isEmpty()) { // no mark, or a name after the last one: a level below the marked ones
            Matcher code = LEADING_CODE.matcher(rest);
            levels.add(code.find() ? new Level(rest.substring(code.end()), depthOfCode(code.group(1)), code.group(1))
                    : new Level(rest, 0, null));
        }
        if (levels.isEmpty()) {
            levels.add(new Level(text, 0, null));
        }
        return new SubjectChain(levels);
    }

    /** The subject itself: the deepest level. */
    public Level subject() {
        return levels.get(levels.size() - 1);
    }

    /** The levels above the subject, widest first. */
    public List<Level> ancestors() {
        return levels.subList(0, levels.size() - 1);
    }

    /** More than one level printed. */
    public boolean isChain() {
        return levels.size() > 1;
    }

    private static int depthOf(char mark) {
        return switch (mark) {
            case '类' -> 1;
            case '款' -> 2;
            default -> 3;
        };
    }

    private static int depthOfCode(String code) {
        return (code.length() - 1) / 2;
    }
}
