package budget.parser.pdf;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Supplier;

/**
 * How much of a glyph's box the current clipping path lets show (0 to 1), in device space. The clip's area is built
 * once for each clip the graphics state holds: a page shows thousands of glyphs under a handful of clips. A
 * rectangular clip (the crop box, a cell) is answered by arithmetic.
 */
final class ClipShare {

    /** Clipping paths in force at once beyond which the share is not worked out. */
    static final int MAX_NESTED = 32;

    private List<Path2D> paths;
    private int pathCount;
    private Area area;
    private Rectangle2D rectangle;

    double of(List<Path2D> clip, Supplier<Area> current, Rectangle2D glyph) {
        if (clip.size() > MAX_NESTED) {
            return 1; // clips nested this deep are built to cost, not to show: what they hide is taken as shown
        }
        if (clip != paths || clip.size() != pathCount) {
            paths = clip;
            pathCount = clip.size();
            area = current.get();
            rectangle = area.isRectangular() ? area.getBounds2D() : null;
        }
        double whole = glyph.getWidth() * glyph.getHeight();
        if (!(whole > 0)) {
            return area.contains(glyph.getCenterX(), glyph.getCenterY()) ? 1 : 0;
        }
        if (rectangle != null) {
            Rectangle2D shown = rectangle.createIntersection(glyph);
            return shown.isEmpty() ? 0 : shown.getWidth() * shown.getHeight() / whole;
        }
        if (area.contains(glyph)) {
            return 1;
        }
        if (!area.intersects(glyph)) {
            return 0;
        }
        Area shown = new Area(glyph);
        shown.intersect(area);
        Rectangle2D bounds = shown.getBounds2D();
        return bounds.getWidth() * bounds.getHeight() / whole;
    }
}
