package budget.parser.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The printing choices of one generated document, all of them explicit, so that a failing case says exactly what it
 * was (its {@link #toString()} is the reproduction: {@code DocumentGenerator.render(golden, variation)} is
 * deterministic). Choices that the chosen form cannot show are normalised away ({@link #normalised()}): a TSV never
 * wraps a name (pdfplumber joins the lines of a cell), only pdftotext -layout has column jitter, and so on.
 *
 * @param form            the text form, as a PDF tool prints it
 * @param zero            how a zero amount is printed
 * @param thousands       thousands separators ({@code 1,234,567.00}) or none ({@code 1234567.00})
 * @param decimals        two decimals always, or none when they are .00 ({@code 2,070,000})
 * @param headerLines     the header block of each table on 1, 2 or 3 lines (spanning headings on their own line)
 * @param sideHeadings    本年收入 / 本年支出 (table 1) and 财政拨款收入 / 财政拨款支出 (table 4) above the header
 * @param wrapHeaderCells long header cells wrapped around the header line: 事业单位 / 经营收入 (table 2),
 *                        机关运行经费预算 / 数 (table 9)
 * @param codes           codes as 类 / 款 / 项 columns, the last part merged into the name, or whole
 * @param nameWrap        long names and labels wrapped: the rest below, or around the line of numbers
 * @param wrapWidth       names longer than this many characters wrap
 * @param wrapLabels      the labels of tables 1 and 4 wrap too (not only the names of the code tables)
 * @param pageBreaks      page breaks per table, at rows chosen by {@code seed}
 * @param repeatHeader    the header block repeated at the top of each continuation page
 * @param namelessFirstPage table 5's first page prints codes and amounts without the name column, the next pages
 *                        with it (minhang 2026 does, repeating the header); the parser fills the names by code
 * @param pageNumber      the page number line at the foot of each page (every table starts a page)
 * @param formFeed        pages end with a form feed (PDF tools) or with a blank line (copied text)
 * @param glue            summary tables: an amount and the label after it on one line ({@code 12,345 一、…}) or run
 *                        together ({@code 12,345一、…})
 * @param subItemDot      sub-items numbered {@code 1. } instead of {@code 1、}
 * @param unitOnSameLine  {@code 编制部门：… 单位：元} on one line
 * @param jitter          layout: amounts off their column by up to this many characters (pdftotext rounds positions
 *                        to characters: right-aligned amounts end within a character of each other)
 * @param squeeze         layout: continuation pages set their amount columns this many characters closer together
 *                        (each page of a PDF has its own layout: pdftotext aligns it on its own)
 * @param blankLines      one cell per line: a blank line between cells
 * @param seed            where the page breaks fall and how the jitter goes
 * @param content         what is printed: the golden's amounts, place, department and year, or others
 *                        ({@link Content}); described by its own choices ({@code scale=…, year=…, place=…})
 */
public record Variation(Form form, Zero zero, boolean thousands, Decimals decimals, int headerLines,
                        boolean sideHeadings, boolean wrapHeaderCells, Codes codes, NameWrap nameWrap, int wrapWidth,
                        boolean wrapLabels, int pageBreaks, boolean repeatHeader, boolean namelessFirstPage, PageNumber pageNumber,
                        boolean formFeed, Glue glue, boolean subItemDot, boolean unitOnSameLine, int jitter,
                        int squeeze, boolean blankLines, long seed, Content content) {

    /** The text forms of PDF tools. */
    public enum Form {
        /** pdfplumber tables as tab-separated rows, blank cells kept. */
        TAB,
        /** pdfplumber tables as markdown pipe rows, a rule after the first row of each page's table. */
        PIPE,
        /** pdftotext -layout: columns by runs of spaces, blank cells as spaces. */
        LAYOUT,
        /** pdfplumber extract_text: one space between cells, blank cells gone. */
        SINGLE,
        /** plain pdftotext: one cell per line in reading order, blank cells gone. */
        ONE_PER_LINE;

        /** Whether a blank cell leaves no trace in this form. */
        public boolean dropsBlanks() {
            return this == SINGLE || this == ONE_PER_LINE;
        }

        /** Whether the lines of a wrapped cell stay lines of their own (not joined into the cell). */
        public boolean keepsLineBreaks() {
            return this == LAYOUT || this == SINGLE || this == ONE_PER_LINE;
        }
    }

    public enum Zero {
        DECIMAL("0.00"), INTEGER("0"), DASH("-"), BLANK("");

        public final String text;

        Zero(String text) {
            this.text = text;
        }
    }

    public enum Decimals { ALWAYS, WHEN_NONZERO }

    public enum Codes {
        /** 类 / 款 / 项 in columns of their own. */
        COLUMNS,
        /** The last part in the name cell: {@code 208 | 05 | 01 行政单位离退休}. */
        MERGED,
        /** The whole code in one column: {@code 2080501 | 行政单位离退休}. */
        WHOLE
    }

    public enum NameWrap {
        NONE,
        /** The rest of the name on the line below (a line of its own in layout text). */
        BELOW,
        /** Part of the name above the line of numbers, part below (the cell is centred vertically). */
        AROUND
    }

    public enum PageNumber {
        NONE(null), DASHED("- %d -"), PLAIN("%d"), CHINESE("第 %d 页");

        public final String format;

        PageNumber(String format) {
            this.format = format;
        }
    }

    public enum Glue {
        NONE(null), SPACE(" "), TIGHT("");

        public final String separator;

        Glue(String separator) {
            this.separator = separator;
        }
    }

    /** The plainest document: tab-separated, everything printed, nothing wrapped or broken. */
    public static Variation plain(Form form) {
        return new Variation(form, Zero.DECIMAL, true, Decimals.ALWAYS, 2, false, false, Codes.COLUMNS,
                NameWrap.NONE, 12, false, 0, false, false, PageNumber.NONE, true, Glue.NONE, false, false, 0, 0, false, 0L,
                Content.NONE).normalised();
    }

    /** A random variation in the given form, printing the golden's own content. */
    public static Variation random(Random random, Form form) {
        return random(random, form, Content.NONE);
    }

    /** A random variation in the given form, printing a random content of the golden ({@link Content#random}). */
    public static Variation random(Random random, Form form, GoldenBudget golden) {
        Variation printing = random(random, form);
        Builder b = new Builder(printing);
        b.content = Content.random(random, golden);
        return b.build().normalised();
    }

    private static Variation random(Random random, Form form, Content content) {
        return new Variation(form,
                pick(random, Zero.values()),
                random.nextBoolean(),
                pick(random, Decimals.values()),
                1 + random.nextInt(3),
                random.nextBoolean(),
                random.nextBoolean(),
                pick(random, Codes.values()),
                pick(random, NameWrap.values()),
                9 + random.nextInt(6),
                random.nextBoolean(),
                random.nextInt(4),
                random.nextBoolean(),
                random.nextInt(4) == 0,
                pick(random, PageNumber.values()),
                random.nextInt(4) != 0,
                pick(random, Glue.values()),
                random.nextBoolean(),
                random.nextBoolean(),
                random.nextInt(2),
                random.nextInt(3),
                random.nextBoolean(),
                random.nextLong(),
                content).normalised();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The same variation with every choice the form cannot show set to its plain value. */
    public Variation normalised() {
        boolean lines = form.keepsLineBreaks();
        NameWrap wrap = !lines ? NameWrap.NONE : form == Form.ONE_PER_LINE && nameWrap == NameWrap.AROUND
                ? NameWrap.BELOW : nameWrap;
        // pdftotext -layout keeps at least one space between cells: SPACE is its tightest gap
        Glue g = switch (form) {
            case TAB, PIPE -> Glue.NONE;
            case LAYOUT -> glue == Glue.TIGHT ? Glue.SPACE : glue;
            case SINGLE -> glue == Glue.SPACE ? Glue.NONE : glue; // single spaces everywhere: SPACE is NONE
            case ONE_PER_LINE -> glue;
        };
        return new Variation(form, zero, thousands, decimals, headerLines, sideHeadings, lines && wrapHeaderCells,
                codes, wrap, wrap == NameWrap.NONE ? 12 : wrapWidth, wrap != NameWrap.NONE && wrapLabels, pageBreaks,
                pageBreaks > 0 && repeatHeader, pageBreaks > 0 && codes != Codes.MERGED && namelessFirstPage,
                pageNumber, formFeed, g, subItemDot,
                unitOnSameLine, form == Form.LAYOUT ? jitter : 0, form == Form.LAYOUT && pageBreaks > 0 ? squeeze : 0,
                form == Form.ONE_PER_LINE && blankLines,
                pageBreaks > 0 || jitter > 0 ? seed : 0L, content.normalised());
    }

    /** Variations one step plainer than this one, plainest first: what shrinking tries. */
    public List<Variation> simpler() {
        Variation p = plain(form);
        List<Variation> out = new ArrayList<>();
        if (pageBreaks > 1) {
            out.add(with(v -> v.pageBreaks = 1));
        }
        if (pageBreaks > 0) {
            out.add(with(v -> v.pageBreaks = 0));
        }
        if (nameWrap != p.nameWrap) {
            out.add(with(v -> v.nameWrap = p.nameWrap));
        }
        if (nameWrap == NameWrap.AROUND) {
            out.add(with(v -> v.nameWrap = NameWrap.BELOW));
        }
        if (wrapLabels) {
            out.add(with(v -> v.wrapLabels = false));
        }
        if (wrapWidth < 14 && nameWrap != NameWrap.NONE) {
            out.add(with(v -> v.wrapWidth = wrapWidth + 1));
        }
        if (jitter > 0) {
            out.add(with(v -> v.jitter = 0));
        }
        if (squeeze > 0) {
            out.add(with(v -> v.squeeze = 0));
        }
        if (namelessFirstPage) {
            out.add(with(v -> v.namelessFirstPage = false));
        }
        if (repeatHeader) {
            out.add(with(v -> v.repeatHeader = false));
        }
        if (pageNumber != PageNumber.NONE) {
            out.add(with(v -> v.pageNumber = PageNumber.NONE));
        }
        if (!formFeed) {
            out.add(with(v -> v.formFeed = true));
        }
        if (glue != p.glue) {
            out.add(with(v -> v.glue = p.glue));
        }
        if (zero != p.zero) {
            out.add(with(v -> v.zero = p.zero));
        }
        if (!thousands) {
            out.add(with(v -> v.thousands = true));
        }
        if (decimals != p.decimals) {
            out.add(with(v -> v.decimals = p.decimals));
        }
        if (headerLines != p.headerLines) {
            out.add(with(v -> v.headerLines = p.headerLines));
        }
        if (sideHeadings) {
            out.add(with(v -> v.sideHeadings = false));
        }
        if (wrapHeaderCells) {
            out.add(with(v -> v.wrapHeaderCells = false));
        }
        if (codes != p.codes) {
            out.add(with(v -> v.codes = p.codes));
        }
        if (subItemDot) {
            out.add(with(v -> v.subItemDot = false));
        }
        if (unitOnSameLine) {
            out.add(with(v -> v.unitOnSameLine = false));
        }
        if (blankLines) {
            out.add(with(v -> v.blankLines = false));
        }
        if (seed != 0 && (pageBreaks > 0 || jitter > 0)) {
            out.add(with(v -> v.seed = seed / 2)); // another arrangement of the same breaks: sometimes simpler
        }
        for (Content c : content.simpler()) {
            out.add(with(v -> v.content = c));
        }
        return out.stream().filter(v -> !v.equals(this)).toList();
    }

    private Variation with(java.util.function.Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build().normalised();
    }

    /** Mutable copy for {@link #simpler()}. */
    private static final class Builder {
        Form form;
        Zero zero;
        boolean thousands;
        Decimals decimals;
        int headerLines;
        boolean sideHeadings;
        boolean wrapHeaderCells;
        Codes codes;
        NameWrap nameWrap;
        int wrapWidth;
        boolean wrapLabels;
        int pageBreaks;
        boolean repeatHeader;
        boolean namelessFirstPage;
        PageNumber pageNumber;
        boolean formFeed;
        Glue glue;
        boolean subItemDot;
        boolean unitOnSameLine;
        int jitter;
        int squeeze;
        boolean blankLines;
        long seed;
        Content content;

        Builder(Variation v) {
            form = v.form;
            zero = v.zero;
            thousands = v.thousands;
            decimals = v.decimals;
            headerLines = v.headerLines;
            sideHeadings = v.sideHeadings;
            wrapHeaderCells = v.wrapHeaderCells;
            codes = v.codes;
            nameWrap = v.nameWrap;
            wrapWidth = v.wrapWidth;
            wrapLabels = v.wrapLabels;
            pageBreaks = v.pageBreaks;
            repeatHeader = v.repeatHeader;
            namelessFirstPage = v.namelessFirstPage;
            pageNumber = v.pageNumber;
            formFeed = v.formFeed;
            glue = v.glue;
            subItemDot = v.subItemDot;
            unitOnSameLine = v.unitOnSameLine;
            jitter = v.jitter;
            squeeze = v.squeeze;
            blankLines = v.blankLines;
            seed = v.seed;
            content = v.content;
        }

        Variation build() {
            return new Variation(form, zero, thousands, decimals, headerLines, sideHeadings, wrapHeaderCells, codes,
                    nameWrap, wrapWidth, wrapLabels, pageBreaks, repeatHeader, namelessFirstPage, pageNumber,
                    formFeed, glue, subItemDot, unitOnSameLine, jitter, squeeze, blankLines, seed, content);
        }
    }

    /**
     * The variation a short description names ({@link #differencesFromPlain()}: {@code form=LAYOUT, zero=DASH,
     * nameWrap=BELOW (width 10)}), every choice not named plain: how a reported failure is reproduced.
     */
    public static Variation parse(String description) {
        Builder b = null;
        for (String part : description.replaceAll("\\s*\\(width (\\d+)\\)", ", wrapWidth=$1").split(",\\s*")) {
            String[] kv = part.trim().split("=", 2);
            String value = kv[1].trim();
            if (kv[0].equals("form")) {
                b = new Builder(plain(Form.valueOf(value)));
                continue;
            }
            if (b == null) {
                throw new IllegalArgumentException("the description starts with form=: " + description);
            }
            switch (kv[0]) {
                case "zero" -> b.zero = Zero.valueOf(value);
                case "thousands" -> b.thousands = Boolean.parseBoolean(value);
                case "decimals" -> b.decimals = Decimals.valueOf(value);
                case "headerLines" -> b.headerLines = Integer.parseInt(value);
                case "sideHeadings" -> b.sideHeadings = Boolean.parseBoolean(value);
                case "wrapHeaderCells" -> b.wrapHeaderCells = Boolean.parseBoolean(value);
                case "codes" -> b.codes = Codes.valueOf(value);
                case "nameWrap" -> b.nameWrap = NameWrap.valueOf(value);
                case "wrapWidth" -> b.wrapWidth = Integer.parseInt(value);
                case "wrapLabels" -> b.wrapLabels = Boolean.parseBoolean(value);
                case "pageBreaks" -> b.pageBreaks = Integer.parseInt(value);
                case "repeatHeader" -> b.repeatHeader = Boolean.parseBoolean(value);
                case "namelessFirstPage" -> b.namelessFirstPage = Boolean.parseBoolean(value);
                case "pageNumber" -> b.pageNumber = PageNumber.valueOf(value);
                case "formFeed" -> b.formFeed = Boolean.parseBoolean(value);
                case "glue" -> b.glue = Glue.valueOf(value);
                case "subItemDot" -> b.subItemDot = Boolean.parseBoolean(value);
                case "unitOnSameLine" -> b.unitOnSameLine = Boolean.parseBoolean(value);
                case "jitter" -> b.jitter = Integer.parseInt(value);
                case "squeeze" -> b.squeeze = Integer.parseInt(value);
                case "blankLines" -> b.blankLines = Boolean.parseBoolean(value);
                case "seed" -> b.seed = Long.parseLong(value);
                default -> {
                    Content content = b.content.with(kv[0], value);
                    if (content == null) {
                        throw new IllegalArgumentException("no choice " + kv[0]);
                    }
                    b.content = content;
                }
            }
        }
        return b.build().normalised();
    }

    /** Only the choices that differ from the plain document of the same form: the short description. */
    public String differencesFromPlain() {
        Variation p = plain(form);
        List<String> out = new ArrayList<>();
        out.add("form=" + form);
        if (zero != p.zero) out.add("zero=" + zero);
        if (thousands != p.thousands) out.add("thousands=" + thousands);
        if (decimals != p.decimals) out.add("decimals=" + decimals);
        if (headerLines != p.headerLines) out.add("headerLines=" + headerLines);
        if (sideHeadings != p.sideHeadings) out.add("sideHeadings=" + sideHeadings);
        if (wrapHeaderCells != p.wrapHeaderCells) out.add("wrapHeaderCells=" + wrapHeaderCells);
        if (codes != p.codes) out.add("codes=" + codes);
        if (nameWrap != p.nameWrap) out.add("nameWrap=" + nameWrap + " (width " + wrapWidth + ")");
        if (wrapLabels != p.wrapLabels) out.add("wrapLabels=" + wrapLabels);
        if (pageBreaks != p.pageBreaks) out.add("pageBreaks=" + pageBreaks);
        if (repeatHeader != p.repeatHeader) out.add("repeatHeader=" + repeatHeader);
        if (namelessFirstPage != p.namelessFirstPage) out.add("namelessFirstPage=" + namelessFirstPage);
        if (pageNumber != p.pageNumber) out.add("pageNumber=" + pageNumber);
        if (formFeed != p.formFeed) out.add("formFeed=" + formFeed);
        if (glue != p.glue) out.add("glue=" + glue);
        if (subItemDot != p.subItemDot) out.add("subItemDot=" + subItemDot);
        if (unitOnSameLine != p.unitOnSameLine) out.add("unitOnSameLine=" + unitOnSameLine);
        if (jitter != p.jitter) out.add("jitter=" + jitter);
        if (squeeze != p.squeeze) out.add("squeeze=" + squeeze);
        if (blankLines != p.blankLines) out.add("blankLines=" + blankLines);
        if (seed != p.seed) out.add("seed=" + seed);
        out.addAll(content.describe());
        return String.join(", ", out);
    }
}
