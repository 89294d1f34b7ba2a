package budget.parser.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that state a previous figure, the current one and the change between them, as the explanation's
 * items do: {@code 2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%}; also
 * {@code 2025年预算数为X万元，2026年预算为Y万元，增加D万元，增长Z%} and {@code …，与2025年持平}. Each is one
 * {@link FactKind#STATED_CHANGE} fact: the current figure, the previous one, the change and the percentage as
 * printed, the year compared with, and whether the comparison is with the budget or its execution. A statement
 * inside a subject item (the subject printed before it, in the same paragraph) takes the subject's label, so
 * that the validator can hold the figure it restates against the item's amount.
 */
final class ChangeStatements {

    private static final String NUMBER = FigurePattern.NUMBER;
    private static final Pattern STATEMENT = Pattern.compile(
            "(?<pyear>\\d{4})年度?(?:当年)?(?<pbasis>" + FigurePattern.BASIS + ")(?:为|是)?(?<prev>" + NUMBER + ")万元"
                    + "[，,；;]?(?:\\d{4}年度?)(?:预算)?(?:安排|预算数)?(?:为|是)?(?<cur>" + NUMBER + ")万元"
                    + "(?:[，,；;]?(?:比|较)(?<cyear>" + FigurePattern.YEAR + ")(?<cbasis>" + FigurePattern.BASIS + ")?(?:数)?"
                    + "|[，,；;])?"
                    + "(?:(?<dir>" + FigurePattern.DIRECTION + ")(?<num>" + NUMBER + ")(?<unit>%|万元)"
                    + "(?:[，,](?:" + FigurePattern.DIRECTION + "|增幅|降幅)?(?:为)?(?<pct>" + NUMBER + ")%)?"
                    + "|(?<flat>持平|一致|相同))");

    /** A statement is short; this bounds the match at each year. */
    private static final int LONGEST = 160;

    private ChangeStatements() {
    }

    /**
     * @param subjects the facts found so far in this paragraph (from {@code from} on in {@code out}): the subject
     *                 items a statement may belong to
     */
    static void find(Paragraph paragraph, int documentYear, List<FigurePattern.Found> out, int from) {
        String text = paragraph.text();
        if (text.indexOf("万元") < 0) {
            return;
        }
        Matcher m = STATEMENT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int claimed = -1;
        for (int at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
            int start = at - 4;
            if (start < 0 || !isYear(text, start)) {
                continue;
            }
            m.region(start, Math.min(text.length(), start + LONGEST));
            if (!m.lookingAt()) {
                continue;
            }
            FigurePattern.Found subject = subjectBefore(out, from, start, claimed);
            String label;
            if (subject != null) {
                label = subject.fact().label();
                claimed = subject.position();
            } else {
                label = text.substring(start, m.start("prev")).replaceAll("(?:为|是)$", "");
            }
            out.add(new FigurePattern.Found(m.start("cur"), fact(m, label, paragraph, documentYear)));
            at = m.end() - 1;
        }
    }

    private static NarrativeFact fact(Matcher m, String label, Paragraph paragraph, int documentYear) {
        PrintedAmount previous = PrintedAmount.of(m.group("prev"), "万元");
        PrintedAmount current = PrintedAmount.of(m.group("cur"), "万元");
        PrintedAmount change = null;
        PrintedAmount percent = null;
        if (m.group("flat") != null) {
            change = PrintedAmount.of("0", "万元");
        } else {
            boolean down = m.group("dir").equals("减少") || m.group("dir").equals("下降");
            String sign = down ? "-" : "";
            if ("%".equals(m.group("unit"))) {
                percent = PrintedAmount.of(sign + m.group("num"), "%");
            } else {
                change = PrintedAmount.of(sign + m.group("num"), "万元");
                if (m.group("pct") != null) {
                    percent = PrintedAmount.of(sign + m.group("pct"), "%");
                }
            }
        }
        String compared = m.group("cyear");
        Integer year = compared != null ? FigurePattern.year(compared, documentYear)
                : Integer.valueOf(Integer.parseInt(m.group("pyear")));
        NarrativeFact.ComparisonBasis basis = FigurePattern.basis(
                m.group("cbasis") != null ? m.group("cbasis") : m.group("pbasis"));
        return new NarrativeFact(FactKind.STATED_CHANGE, label, current, change, year,
                paragraph.lineAt(m.start("cur")), null, previous, percent, basis);
    }

    /** The last subject item printed before {@code at} and after the one the previous statement took. */
    private static FigurePattern.Found subjectBefore(List<FigurePattern.Found> found, int from, int at, int claimed) {
        FigurePattern.Found last = null;
        for (int i = from; i < found.size(); i++) {
            FigurePattern.Found f = found.get(i);
            if (f.fact().kind() == FactKind.SUBJECT_ITEM && f.position() < at && f.position() > claimed
                    && (last == null || f.position() > last.position())) {
                last = f;
            }
        }
        return last;
    }

    private static boolean isYear(String text, int start) {
        for (int i = start; i < start + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return start == 0 || text.charAt(start - 1) < '0' || text.charAt(start - 1) > '9';
    }
}
