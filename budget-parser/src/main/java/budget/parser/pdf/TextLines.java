package budget.parser.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs into lines and lines into text, with the tolerances pdfplumber's {@code extract_text} uses by default
 * (the tab-separated form the parser was built on was made with them): glyphs whose baselines are within
 * {@link #LINE_TOLERANCE} points form a line, a gap wider than {@link #WORD_GAP} points separates words. A glyph
 * drawn twice on itself (fake bold) is read once.
 */
final class TextLines {

    static final double LINE_TOLERANCE = 3;
    static final double WORD_GAP = 3;

    private TextLines() {
    }

    /** The glyphs' lines, top to bottom. Lines of nothing but spaces are dropped. */
    static List<TextLine> lines(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return List.of();
        }
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        double sum = sorted.get(0).baseline();
        for (int i = 1; i <= sorted.size(); i++) {
            if (i < sorted.size() && sorted.get(i).baseline() - sum / (i - start) <= LINE_TOLERANCE) {
                sum += sorted.get(i).baseline();
                continue;
            }
            TextLine line = line(new ArrayList<>(sorted.subList(start, i)));
            if (line != null) {
                lines.add(line);
            }
            if (i < sorted.size()) {
                start = i;
                sum = sorted.get(i).baseline();
            }
        }
        return lines;
    }

    /** One line from its glyphs (any order); null when it has no visible glyph. */
    static TextLine line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder(glyphs.size() + 8);
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        Glyph previous = null;
        boolean pendingSpace = false;
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = glyphs.get(i);
            if (glyph.space()) {
                pendingSpace = previous != null;
                kept.add(glyph); // kept, so that a line cut into cells keeps the spaces inside them
                continue;
            }
            if (previous != null && isDuplicate(previous, glyph)) {
                continue;
            }
            if (previous != null && (pendingSpace || glyph.x() - previous.right() > WORD_GAP)) {
                text.append(' ');
            }
            text.append(inNumber(glyphs, i, previous) ? glyph.text().equals("．") ? "." : "," : glyph.text());
            kept.add(glyph);
            left = Math.min(left, glyph.x());
            top = Math.min(top, glyph.top());
            right = Math.max(right, glyph.right());
            bottom = Math.max(bottom, glyph.bottom());
            previous = glyph;
            pendingSpace = false;
        }
        if (previous == null) {
            return null;
        }
        return new TextLine(kept, text.toString(), Box.of(left, top, right, bottom));
    }

    /**
     * A full-width {@code ．} or {@code ，} between two full-width digits: the decimal point or thousands
     * separator of a number printed in full-width forms, which NFKC has made ASCII digits. Elsewhere they are
     * Chinese punctuation ({@code 4．2026年…} numbers a list) and stay as printed.
     */
    private static boolean inNumber(List<Glyph> glyphs, int index, Glyph previous) {
        String text = glyphs.get(index).text();
        if (!text.equals("．") && !text.equals("，") || previous == null || !previous.wideDigit()) {
            return false;
        }
        return index + 1 < glyphs.size() && glyphs.get(index + 1).wideDigit();
    }

    /** The text of a cell: its lines joined without a space, unless ASCII stands on both sides (as pdfplumber). */
    static String joinWrapped(List<TextLine> lines) {
        if (lines.size() == 1) {
            return lines.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        for (TextLine line : lines) {
            String part = line.text();
            if (!text.isEmpty() && !part.isEmpty() && text.charAt(text.length() - 1) < 128 && part.charAt(0) < 128) {
                text.append(' ');
            }
            text.append(part);
        }
        return text.toString();
    }

    /** The same character drawn again within a third of its width: fake bold or a duplicated layer. */
    private static boolean isDuplicate(Glyph previous, Glyph glyph) {
        return glyph.text().equals(previous.text())
                && Math.abs(glyph.x() - previous.x()) < Math.max(previous.width(), 0.5) / 3
                && Math.abs(glyph.baseline() - previous.baseline()) < previous.size() / 3;
    }
}
