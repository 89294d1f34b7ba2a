package budget.parser.pdf;

/**
 * A rectangle on a page, in PDF points, with the origin at the top-left corner of the page as it is shown
 * (crop box, page rotation applied) and y growing downward: the frame of an image of the page and of PDFBox's
 * {@code TextPosition.getX()/getY()}. Geometry, not money, so doubles are fine here.
 */
public record Box(double x, double y, double width, double height) {

    public static final Box EMPTY = new Box(0, 0, 0, 0);

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative size: " + width + " x " + height);
        }
    }

    static Box of(double left, double top, double right, double bottom) {
        return new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public boolean isEmpty() {
        return width == 0 && height == 0;
    }

    /** The smallest box holding both; an empty box is no part of a union. */
    public Box union(Box other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return of(Math.min(x, other.x), Math.min(y, other.y), Math.max(right(), other.right()),
                Math.max(bottom(), other.bottom()));
    }

    /** This box grown by {@code margin} points on every side. */
    public Box padded(double margin) {
        return of(x - margin, y - margin, right() + margin, bottom() + margin);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean contains(Box other) {
        return other.x >= x && other.right() <= right() && other.y >= y && other.bottom() <= bottom();
    }
}
