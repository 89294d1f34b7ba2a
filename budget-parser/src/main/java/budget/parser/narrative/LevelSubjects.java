package budget.parser.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.parser.text.Chars;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject items named by their level, unquoted: {@code 卫生健康支出（类）15,539.54 万元}, a chain
 * {@code 住房保障支出（类）住房改革支出（款）购房补贴（项）268.77万元}, or with the code parts in the marks
 * {@code 公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元}. Each name is the run of Han characters right
 * before its mark; a mark followed by the figure ends the subject, and the marked names right before it are its
 * chain. The label is the whole chain as printed (without whitespace); {@link budget.model.SubjectChain} reads it.
 */
final class LevelSubjects {

    /** Subject names are short; a longer run of characters is prose, of which only the end could be a name. */
    private static final int MAX_NAME = 30;
    /** A level mark at an opening bracket: （类） (款) （204类） （06款） （01项）. */
    private static final Pattern MARK = Pattern.compile("[（(]\\d{0,7}[类款项][)）]");
    private static final Pattern FIGURE = Pattern.compile(
            "(?:科目)?(?:预算)?(?:安排)?(?:为|：|:)?(" + FigurePattern.NUMBER + ")万元");

    private LevelSubjects() {
    }

    static void find(Paragraph paragraph, List<FigurePattern.Found> out) {
        String text = paragraph.text();
        if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
            return;
        }
        Matcher mark = MARK.matcher(text);
        Matcher figure = FIGURE.matcher(text);
        for (int open = 0; open < text.length() - 2; open++) {
            char c = text.charAt(open);
            if (c != '（' && c != '(' || !mark.region(open, text.length()).lookingAt()) {
                continue;
            }
            int end = mark.end();
            int start = nameStart(text, open);
            if (start < 0) {
                continue;
            }
            figure.region(end, text.length());
            if (!figure.lookingAt()) {
                continue; // a level of a longer chain, or no figure
            }
            int chainStart = start;
            for (int before = previousMark(text, chainStart, mark); before >= 0;
                 before = previousMark(text, chainStart, mark)) {
                int earlier = nameStart(text, before);
                if (earlier < 0) {
                    break;
                }
                chainStart = earlier;
            }
            out.add(new FigurePattern.Found(figure.start(1), new NarrativeFact(FactKind.SUBJECT_ITEM,
                    text.substring(chainStart, end), PrintedAmount.of(figure.group(1), "万元"), null, null,
                    paragraph.lineAt(figure.start(1)))));
        }
    }

    /** Where the name before the mark at {@code open} starts: at least two Han characters, at most MAX_NAME; or -1. */
    private static int nameStart(String text, int open) {
        int start = open;
        while (start > 0 && open - start < MAX_NAME && Chars.isHan(text.charAt(start - 1))) {
            start--;
        }
        if (open - start < 2 || start > 0 && Chars.isHan(text.charAt(start - 1))) {
            return -1;
        }
        return start;
    }

    /** The opening bracket of a level mark that ends right at {@code at}, or -1. */
    private static int previousMark(String text, int at, Matcher mark) {
        if (at == 0 || text.charAt(at - 1) != '）' && text.charAt(at - 1) != ')') {
            return -1;
        }
        for (int open = at - 3; open >= Math.max(0, at - 10); open--) {
            char c = text.charAt(open);
            if ((c == '（' || c == '(') && mark.region(open, at).matches()) {
                return open;
            }
        }
        return -1;
    }
}
