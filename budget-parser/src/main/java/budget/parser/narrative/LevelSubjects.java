package budget.parser.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;
import budget.parser.text.Chars;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Subject items named by their level: {@code 卫生健康支出（类）15,539.54 万元}. The name is the run of Han
 * characters right before the level mark; the figure follows it.
 */
final class LevelSubjects {

    /** Subject names are short; a longer run of characters is prose, of which only the end could be a name. */
    private static final int MAX_NAME = 30;
    private static final Pattern FIGURE = Pattern.compile(
            "(?:预算)?(?:为)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)万元");

    private LevelSubjects() {
    }

    static void find(Paragraph paragraph, List<FigurePattern.Found> out) {
        String text = paragraph.text();
        if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
            return;
        }
        Matcher figure = FIGURE.matcher(text);
        for (int open = 0; open < text.length() - 2; open++) {
            char c = text.charAt(open);
            if ((c != '（' && c != '(') || !isLevel(text.charAt(open + 1))
                    || text.charAt(open + 2) != '）' && text.charAt(open + 2) != ')') {
                continue;
            }
            int start = open;
            while (start > 0 && open - start < MAX_NAME && Chars.isHan(text.charAt(start - 1))) {
                start--;
            }
            if (open - start < 2 || start > 0 && Chars.isHan(text.charAt(start - 1))) {
                continue;
            }
            figure.region(open + 3, text.length());
            if (figure.lookingAt()) {
                out.add(new FigurePattern.Found(figure.start(1), new NarrativeFact(FactKind.SUBJECT_ITEM,
                        text.substring(start, open), PrintedAmount.of(figure.group(1), "万元"), null, null,
                        paragraph.lineAt(figure.start(1)))));
            }
        }
    }

    private static boolean isLevel(char c) {
        return c == '类' || c == '款' || c == '项';
    }
}
