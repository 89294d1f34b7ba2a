package budget.parser.pdf;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a page's content that yields everything the layout needs: each glyph with its position
 * (PDFBox's text engine computes them, as {@link TextPosition}s), the rulings (the path operators added from
 * {@link PathOperators}) and the images ({@link ImageOperators}). PDFBox's own sorting and writing of text is
 * skipped: the page is laid out from the glyphs instead. One instance reads the pages of one document, in
 * one thread.
 */
final class PageCollector extends PDFTextStripper {

    /** A page showing more glyphs than this is built to exhaust memory, not to be read. */
    static final int MAX_GLYPHS_PER_PAGE = 400_000;
    /**
     * A glyph shows only in part when more than a tenth and less than four fifths of its box is inside the clip: a
     * glyph's ink does not fill its em box, so an edge through its margins (a tenth of it at the top, as much at the
     * bottom) cuts nothing one can see; the line cut through its first rows of pixels (a sixth shown) can be seen.
     */
    static final double CUT_LEAST = 0.1;
    static final double CUT_MOST = 0.8;
    /** A cut line has at least this many cut glyphs. */
    static final int CUT_LINE_GLYPHS = 2;
    /** How many operators run between two looks at the clock. */
    private static final int OPERATORS_PER_CHECK = 256;

    /** The glyph list PDFBox's text engine maps glyph names with (the Adobe list and PDFBox's additions). */
    private static final GlyphList GLYPH_LIST = glyphList();

    private final Deadline deadline;
    private final PathRecorder paths = new PathRecorder();
    private final ImageOperators.Tally images = new ImageOperators.Tally();
    /** Per simple font: the codes looked up, and those without Unicode (a simple font's fallback is garbage). */
    private final Map<PDFont, BitSet[]> simpleFontCodes = new IdentityHashMap<>();

    private PageSize size;
    private PageFrame frame;
    private ClipShare clipShare;
    /** Glyphs of which only part shows (the page edge or the clipping path cuts through them). */
    private final List<Glyph> cut = new ArrayList<>();
    /**
     * Glyphs by text direction (0, 90, 180, 270 degrees). Only the page's main direction is read: text turned
     * against it (a watermark, a label set sideways) would be cut into one-glyph lines in the wrong order.
     */
    private final List<List<Glyph>> byDirection = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>());
    private int shown;
    private int positions;
    private int unmapped;
    private int operators;

    PageCollector(Deadline deadline) {
        this.deadline = deadline;
        PathOperators.all(this, paths).forEach(this::addOperator);
        ImageOperators.all(this, images).forEach(this::addOperator);
    }

    PageContent collect(PDPage page, int number) throws IOException {
        frame = PageFrame.of(page);
        size = frame.size();
        clipShare = new ClipShare();
        cut.clear();
        paths.startPage(frame);
        images.startPage(frame);
        byDirection.forEach(List::clear);
        shown = 0;
        positions = 0;
        unmapped = 0;
        deadline.check();
        processPage(page);
        List<Glyph> glyphs = byDirection.get(0);
        for (List<Glyph> direction : byDirection) {
            if (direction.size() > glyphs.size()) {
                glyphs = direction;
            }
        }
        return new PageContent(number, size, glyphs, paths.rulings(), images.images(), images.coverage(), shown,
                unmapped, paths.painted(), cutLines(cut));
    }

    /**
     * The cut glyphs as lines: those on one baseline (within a third of an em) next to each other (within two ems),
     * at least {@link #CUT_LINE_GLYPHS} of them; a lone glyph is rather a mark that overhangs its box.
     */
    static List<PageSlips.CutLine> cutLines(List<Glyph> cut) {
        List<Glyph> sorted = new ArrayList<>(cut);
        sorted.sort(java.util.Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<PageSlips.CutLine> lines = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        for (Glyph glyph : sorted) {
            Glyph last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last != null && (Math.abs(glyph.baseline() - last.baseline()) > last.size() / 3
                    || glyph.x() - last.right() > 2 * last.size())) {
                addCutLine(run, lines);
                run.clear();
            }
            run.add(glyph);
        }
        addCutLine(run, lines);
        return lines;
    }

    private static void addCutLine(List<Glyph> run, List<PageSlips.CutLine> lines) {
        if (run.size() < CUT_LINE_GLYPHS) {
            return;
        }
        Box box = Box.EMPTY;
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : run) {
            box = box.union(glyph.box());
            text.append(glyph.text());
        }
        lines.add(new PageSlips.CutLine(box, text.toString()));
    }

    /** The share of a glyph's box (em box on the baseline) that the current clip, the crop box within it, lets show. */
    private double shownShare(Glyph glyph) {
        double[] a = frame.device(glyph.x(), glyph.top());
        double[] b = frame.device(glyph.right(), glyph.bottom());
        var box = new java.awt.geom.Rectangle2D.Double(Math.min(a[0], b[0]), Math.min(a[1], b[1]),
                Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
        var state = getGraphicsState();
        return clipShare.of(state.getCurrentClippingPaths(), state::getCurrentClippingPath, box);
    }

    @Override
    protected void writePage() {
        // nothing: the page is laid out from the collected glyphs, not from PDFBox's text order
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators % OPERATORS_PER_CHECK == 0) {
            deadline.check();
        }
        super.processOperator(operator, operands);
    }

    /** Counts every glyph shown: a composite font without Unicode gives no TextPosition at all. */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (++shown > MAX_GLYPHS_PER_PAGE) {
            throw new TooManyGlyphs();
        }
        int before = positions;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        if (positions == before) {
            unmapped++;
        }
    }

    @Override
    protected void processTextPosition(TextPosition position) {
        positions++;
        String unicode = position.getUnicode();
        if (unicode == null || unicode.isEmpty() || isGarbage(unicode) || lacksUnicode(position)) {
            unmapped++;
            return;
        }
        double em = Math.abs(position.getTextMatrix().getScalingFactorY());
        if (!(em > 0)) {
            em = position.getHeight() * 2;
        }
        double x = position.getX();
        double baseline = position.getY();
        double width = position.getWidth();
        boolean wideDigit = unicode.length() == 1 && unicode.charAt(0) >= '\uFF10' && unicode.charAt(0) <= '\uFF19';
        Glyph glyph = new Glyph(TextNormalizer.normalize(unicode), x, baseline, width, em, false, wideDigit);
        if (!glyph.text().isBlank()) {
            double share = shownShare(glyph);
            if (share > CUT_LEAST && share < CUT_MOST) {
                cut.add(glyph);
            }
        }
        double centreX = glyph.centreX();
        double centreY = glyph.centreY();
        if (centreX < 0 || centreX > size.width() || centreY < 0 || centreY > size.height()) {
            return; // outside the visible page: not shown, and pdftotext leaves it out too
        }
        if (glyph.text().isBlank()) {
            glyph = new Glyph(" ", x, baseline, width, em, true, false);
        }
        int direction = Math.floorMod(Math.round(position.getDir() / 90f), 4);
        byDirection.get(direction).add(glyph);
    }

    /** A simple font's glyph whose code has no Unicode: PDFBox hands on the code itself, which is garbage. */
    private boolean lacksUnicode(TextPosition position) {
        if (!(position.getFont() instanceof PDSimpleFont font)) {
            return false;
        }
        int code = position.getCharacterCodes()[0];
        if (code < 0 || code > 0xFFFF) {
            return true;
        }
        BitSet[] codes = simpleFontCodes.computeIfAbsent(font, f -> new BitSet[] {new BitSet(), new BitSet()});
        if (!codes[0].get(code)) {
            codes[0].set(code);
            try {
                if (font.toUnicode(code, GLYPH_LIST) == null) {
                    codes[1].set(code);
                }
            } catch (RuntimeException e) {
                codes[1].set(code);
            }
        }
        return codes[1].get(code);
    }

    private static GlyphList glyphList() {
        try (InputStream additions = GlyphList.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return additions == null ? GlyphList.getAdobeGlyphList()
                    : new GlyphList(GlyphList.getAdobeGlyphList(), additions);
        } catch (IOException e) {
            return GlyphList.getAdobeGlyphList();
        }
    }

    /** U+FFFD, private use and control characters: what unmapped glyphs come out as. */
    static boolean isGarbage(String unicode) {
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF' || c >= '\uDB80' && c <= '\uDBFF'
                    || c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= '\u007F' && c <= '\u009F') {
                return true;
            }
        }
        return false;
    }

    /** Thrown when a page shows more glyphs than {@link #MAX_GLYPHS_PER_PAGE}. */
    static final class TooManyGlyphs extends RuntimeException {

        TooManyGlyphs() {
            super("a page shows more than " + MAX_GLYPHS_PER_PAGE + " glyphs", null, false, false);
        }
    }
}
