package budget.parser.pdf;

/**
 * One glyph as printed: its (normalised) text and where it stands, in the page's top-left frame.
 *
 * @param text     the characters (usually one; a ligature may give more), never a control character
 * @param x        left edge
 * @param baseline the baseline, from the top of the page
 * @param width    advance width
 * @param size     the em size (font size as drawn); the glyph box is taken as the em box on the baseline
 * @param space    a space glyph: it separates words and is not written
 * @param wideDigit printed as a full-width digit (U+FF10–U+FF19), now ASCII: a full-width {@code ．} or
 *                 {@code ，} between two of them is part of the number (see {@link TextLines})
 */
record Glyph(String text, double x, double baseline, double width, double size, boolean space, boolean wideDigit) {

    /** Share of the em above the baseline (ideographs fill about 0.88 em above, 0.12 below). */
    private static final double ASCENT = 0.88;

    double top() {
        return baseline - ASCENT * size;
    }

    double bottom() {
        return baseline + (1 - ASCENT) * size;
    }

    double right() {
        return x + width;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return baseline - (ASCENT - 0.5) * size;
    }

    Box box() {
        return Box.of(x, top(), right(), bottom());
    }
}
