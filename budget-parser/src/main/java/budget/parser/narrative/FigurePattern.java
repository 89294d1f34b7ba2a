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
    /** The year a change is against: 上年, 上年度, 2025年, 2025年度. */
    static final String YEAR = "上年度?|\\d{4}年度?";
    /** What it is against: the previous budget or what was spent of it. */
    static final String BASIS = "预算执行数|预算执行|执行数|预算数|预算|决算数|决算";
    static final String DIRECTION = "增加|减少|增长|下降";
    /**
     * A stated change: 比2025年预算增加D万元 (and a percentage after it: ，减少20.59%), 比上年增长Z%, 与2025年预算持平,
     * 比2025年预算持平, 与2024年预算一致.
     */
    static final String CHANGE = "(?:[，,。]?(?:比|较)(?<cyear>" + YEAR + ")(?<cbasis>" + BASIS + ")?(?:收入|支出|数)?"
            + "(?:(?<dir>" + DIRECTION + ")(?<change>" + NUMBER + ")(?<cunit>万元|元|%)?"
            + "(?:[，,](?:" + DIRECTION + "|增幅|降幅)?(?:为)?(?<pct>" + NUMBER + ")%)?"
            + "|持平|一致)"
            + "|[，,。]?与(?<fyear>" + YEAR + ")(?<fbasis>" + BASIS + ")?(?:数)?(?:相比)?(?:持平|一致))?";

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
        Change change = Change.of(m, documentYear);
        int line = paragraph.lineAt(m.start("amount"));
        out.add(new Found(m.start("amount"), new NarrativeFact(kind, printedLabel(m, paragraph.text()), amount,
                change.amount(), change.year(), line, null, null, change.percent(), change.basis())));
    }

    /** What the words after a figure say of the previous year, as the groups of {@link #CHANGE} hold it. */
    record Change(PrintedAmount amount, PrintedAmount percent, Integer year, NarrativeFact.ComparisonBasis basis) {

        static final Change NONE = new Change(null, null, null, null);

        static Change of(Matcher m, int documentYear) {
            String cyear = m.group("cyear");
            if (cyear != null) {
                Integer year = FigurePattern.year(cyear, documentYear);
                NarrativeFact.ComparisonBasis basis = FigurePattern.basis(m.group("cbasis"));
                if (m.group("change") == null) {
                    return new Change(PrintedAmount.of("0", "万元"), null, year, basis); // 比…持平
                }
                boolean down = m.group("dir").equals("减少") || m.group("dir").equals("下降");
                String printed = (down ? "-" : "") + m.group("change");
                String cunit = m.group("cunit");
                if ("%".equals(cunit)) {
                    return new Change(null, PrintedAmount.of(printed, "%"), year, basis);
                }
                PrintedAmount percent = m.group("pct") == null ? null
                        : PrintedAmount.of((down ? "-" : "") + m.group("pct"), "%");
                return new Change(PrintedAmount.of(printed, cunit == null ? "万元" : cunit), percent, year, basis);
            }
            String fyear = m.group("fyear");
            if (fyear != null) {
                return new Change(PrintedAmount.of("0", "万元"), null, FigurePattern.year(fyear, documentYear), FigurePattern.basis(m.group("fbasis")));
            }
            return NONE;
        }
    }

    static NarrativeFact.ComparisonBasis basis(String printed) {
        if (printed == null) {
            return null;
        }
        return printed.contains("执行") || printed.contains("决算") ? NarrativeFact.ComparisonBasis.EXECUTION
                : NarrativeFact.ComparisonBasis.BUDGET;
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

    static Integer year(String printed, int documentYear) {
        if (printed.startsWith("上年")) {
            return documentYear > 0 ? documentYear - 1 : null;
        }
        return Integer.parseInt(printed.substring(0, 4));
    }

    /** A fact and where in its paragraph it was found, to keep the printed order. */
    record Found(int position, NarrativeFact fact) {
    }
}
