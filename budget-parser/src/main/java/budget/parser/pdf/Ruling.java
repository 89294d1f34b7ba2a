package budget.parser.pdf;

/**
 * A straight horizontal or vertical line drawn on a page (a stroked line, a rectangle's side, or a thin
 * filled rectangle), in the page's top-left frame.
 *
 * @param horizontal true for a horizontal line
 * @param position   its y (horizontal) or x (vertical)
 * @param from       where it starts along its length (smaller x or y)
 * @param to         where it ends (larger x or y)
 */
record Ruling(boolean horizontal, double position, double from, double to) {

    Ruling {
        if (to < from) {
            double swap = from;
            from = to;
            to = swap;
        }
    }

    double length() {
        return to - from;
    }
}
