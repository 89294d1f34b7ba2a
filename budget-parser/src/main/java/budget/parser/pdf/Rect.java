package budget.parser.pdf;

/**
 * A cell rectangle by its four edge positions, kept exactly as the snapped edges give them (a {@link Box} keeps
 * a width, and left + width need not give back the right edge bit for bit: corners must match exactly).
 */
record Rect(double left, double top, double right, double bottom) {

    Box box() {
        return Box.of(left, top, right, bottom);
    }

    /** Left and top edges inclusive, right and bottom exclusive: how pdfplumber assigns a character. */
    boolean holds(double x, double y) {
        return x >= left && x < right && y >= top && y < bottom;
    }
}
