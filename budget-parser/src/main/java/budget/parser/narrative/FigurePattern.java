package budget.parser.narrative;

import budget.model.FactKind;
import budget.model.NarrativeFact;
import budget.model.PrintedAmount;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of stated figure: the words that introduce it, the figure, its unit and an optional change against a
 * previous year. A keyword must occur in a paragraph before the pattern is run, which keeps the scan cheap.
 */
final class FigurePattern {

    /** A figure: digits with , or ， between groups of three, or plain digits; a decimal part either way. */
    static final String NUMBER = "\\d{1,3}(?:[,，]\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String CHANGE = "(?:[，,。]?(?:比|较)(?<cyear>上年|\\d{4}年度?)(?:预算)?(?:收入|支出|数)?"
            + "(?<dir>增加|减少|增长|下降)(?<change>" + NUMBER + ")(?:万元|元)?"
            + "|[，,。]?与(?<fyear>上年|\\d{4}年度?)(?:预算)?(?:数)?持平)?";

    /** How far after its keyword a figure and its stated change may end. */
    private static final int AFTER = 160;

    private final FactKind kind;
    private final String keyword;
    /** Lazily set: racing threads compute the same value, so no synchronisation is needed. */
    private long bit;
    private final Pattern pattern;
    private final String unitWhenUnprinted;

    /**
     * @param keyword           the literal the pattern starts with; the pattern is tried only where it occurs
     * @param head              the regex of the words before the figure: starts with the keyword and holds a
     *                          group named label (the words kept as the fact's label)
     * @param unitWhenUnprinted the unit assumed when a figure ends a clause without one ("预算为 0。"); null to
     *                          require a printed unit
     */
    FigurePattern(FactKind kind, String keyword, String head, String units, String unitWhenUnprinted) {
        this.kind = kind;
        this.keyword = keyword;
        this.unitWhenUnprinted = unitWhenUnprinted;
        String unitGroup = "(?<unit>" + units + ")" + (unitWhenUnprinted == null ? "" : "?");
        this.pattern = Pattern.compile(head + "(?:为|是|共)?(?<amount>" + NUMBER + ")" + unitGroup + CHANGE);
    }

    String keyword() {
        return keyword;
    }

    /** The keyword's bit in {@link LineWords} masks (looked up once, after every pattern exists). */
    long bit() {
        long known = bit;
        if (known == 0) {
            known = LineWords.bit(keyword);
            bit = known;
        }
        return known;
    }

    /** Adds the figures of this kind the text states; {@code present} says whether the keyword occurs in it. */
    void find(Paragraph paragraph, boolean present, int documentYear, List<Found> out) {
        if (!present) {
            return;
        }
        String text = paragraph.text();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // the pattern starts with its keyword: it is tried once at each occurrence, so the scan stays linear
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            m.region(at, Math.min(text.length(), at + AFTER));
            if (!m.lookingAt()) {
                continue;
            }
            String unit = m.group("unit");
            if (unit == null && !endsClause(text, m.end("amount"))) {
                continue;
            }
            record(m, unit, paragraph, documentYear, out);
        }
    }

    private void record(Matcher m, String unit, Paragraph paragraph, int documentYear, List<Found> out) {
        PrintedAmount amount = PrintedAmount.of(m.group("amount"), unit == null ? unitWhenUnprinted : unit);
        PrintedAmount change = null;
        Integer year = null;
        if (m.group("change") != null) {
            boolean down = m.group("dir").equals("减少") || m.group("dir").equals("下降");
            String printed = (down ? "-" : "") + m.group("change");
            change = PrintedAmount.of(printed, "万元");
            year = year(m.group("cyear"), documentYear);
        } else if (m.group("fyear") != null) {
            change = PrintedAmount.of("0", "万元");
            year = year(m.group("fyear"), documentYear);
        }
        int line = paragraph.lineAt(m.start("amount"));
        out.add(new Found(m.start("amount"), new NarrativeFact(kind, printedLabel(m, paragraph.text()), amount, change,
                year, line)));
    }

    /** The label as printed: a closing quote inside it gets back the opening quote before the keyword (“三公”经费). */
    private static String printedLabel(Matcher m, String text) {
        String label = m.group("label");
        int start = m.start("label");
        if (label.indexOf('”') >= 0 && label.indexOf('“') < 0 && start > 0 && text.charAt(start - 1) == '“') {
            return "“" + label;
        }
        return label;
    }

    private static boolean endsClause(String text, int at) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        return c == '。' || c == '，' || c == '；' || c == '、' || c == ',' || c == ';' || c == '）' || c == ')';
    }

    private static Integer year(String printed, int documentYear) {
        if (printed.startsWith("上年")) {
            return documentYear > 0 ? documentYear - 1 : null;
        }
        return Integer.parseInt(printed.substring(0, 4));
    }

    /** A fact and where in its paragraph it was found, to keep the printed order. */
    record Found(int position, NarrativeFact fact) {
    }
}
