package budget.parser.pdf;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows the path operators of a page (already in device space) and turns what is painted into rulings:
 * every horizontal or vertical segment of a stroked path, every thin filled rectangle as the line it draws,
 * and the sides of larger filled rectangles (cell shading, whose edges are cell edges). Curves, slanted lines,
 * clipping paths and paths ended without painting are no rulings. The current path is also kept in device space,
 * for a clipping path (W, W*) to be handed to the graphics state, and the paths painted are counted.
 */
final class PathRecorder {

    /** A filled rectangle at most this thick (points) is a line, not an area. */
    static final double THIN = 4.0;
    /** A clipping path of more segments than this is not followed (a clip is a rectangle or a few). */
    static final int MAX_CLIP_SEGMENTS = 256;
    /** How far from horizontal or vertical (points) a segment may be and still count as a ruling. */
    private static final double AXIS_TOLERANCE = 0.5;

    private PageFrame frame;
    private final List<Ruling> rulings = new ArrayList<>();
    /** Segments of the current path, in the page frame: x0, y0, x1, y1 per segment. */
    private double[] segments = new double[64];
    private int segmentCount;
    /** Rectangles of the current path, in the page frame: left, top, right, bottom per rectangle. */
    private double[] rectangles = new double[32];
    private int rectangleCount;
    /** The current subpath's corners (page frame), to recognise rectangles drawn as m l l l h. */
    private final double[] corners = new double[10];
    private int cornerCount;
    private boolean subpathCurved;
    private double startX;
    private double startY;
    private double currentX;
    private double currentY;
    private boolean hasCurrent;
    /** The current path in device space, and the winding rule of a W or W* waiting for the path's end (or -1). */
    private final Path2D.Double device = new Path2D.Double();
    private int clipRule = -1;
    private int deviceSegments;
    private int painted;
    private boolean inked = true;

    void startPage(PageFrame pageFrame) {
        this.frame = pageFrame;
        rulings.clear();
        painted = 0;
        clipRule = -1;
        clear();
    }

    /** Whether the paint about to be applied leaves a mark (not white on the white page, not transparent). */
    void inked(boolean visible) {
        inked = visible;
    }

    /** How many paths with a segment or a rectangle were stroked or filled on the page with ink. */
    int painted() {
        return painted;
    }

    /** W (non-zero) or W*: the current path clips what follows once it is ended. */
    void clipNext(int windingRule) {
        clipRule = windingRule;
    }

    /**
     * The clipping path a W or W* asked for, in device space, once (null when none is pending, or when the path is too
     * complex to intersect at a reasonable cost: then what it hides is taken as shown).
     */
    Path2D takeClip() {
        if (clipRule < 0) {
            return null;
        }
        if (deviceSegments > MAX_CLIP_SEGMENTS) {
            clipRule = -1;
            return null;
        }
        Path2D.Double clip = new Path2D.Double(device);
        clip.setWindingRule(clipRule);
        clipRule = -1;
        return clip;
    }

    List<Ruling> rulings() {
        return rulings;
    }

    void moveTo(double deviceX, double deviceY) {
        closeSubpathShape();
        startX = currentX = frame.x(deviceX, deviceY);
        startY = currentY = frame.y(deviceX, deviceY);
        hasCurrent = true;
        cornerCount = 0;
        subpathCurved = false;
        addCorner(currentX, currentY);
        if (++deviceSegments <= MAX_CLIP_SEGMENTS) {
            device.moveTo(deviceX, deviceY);
        }
    }

    void lineTo(double deviceX, double deviceY) {
        double x = frame.x(deviceX, deviceY);
        double y = frame.y(deviceX, deviceY);
        if (!hasCurrent) {
            moveTo(deviceX, deviceY);
            return;
        }
        if (++deviceSegments <= MAX_CLIP_SEGMENTS) {
            device.lineTo(deviceX, deviceY);
        }
        addSegment(currentX, currentY, x, y);
        currentX = x;
        currentY = y;
        addCorner(x, y);
    }

    /** A curve ends where it ends; it draws no ruling and makes its subpath no rectangle. */
    void curveTo(double deviceX, double deviceY) {
        if (!hasCurrent) {
            moveTo(deviceX, deviceY);
        }
        if (++deviceSegments <= MAX_CLIP_SEGMENTS) {
            device.lineTo(deviceX, deviceY); // as a chord: what a clip needs of a curve is its extent
        }
        currentX = frame.x(deviceX, deviceY);
        currentY = frame.y(deviceX, deviceY);
        subpathCurved = true;
    }

    void closePath() {
        if (hasCurrent) {
            if (deviceSegments <= MAX_CLIP_SEGMENTS) {
                device.closePath();
            }
            addSegment(currentX, currentY, startX, startY);
            currentX = startX;
            currentY = startY;
        }
    }

    void rectangle(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        closeSubpathShape();
        double[] xs = {frame.x(x0, y0), frame.x(x1, y1), frame.x(x2, y2), frame.x(x3, y3)};
        double[] ys = {frame.y(x0, y0), frame.y(x1, y1), frame.y(x2, y2), frame.y(x3, y3)};
        for (int i = 0; i < 4; i++) {
            addSegment(xs[i], ys[i], xs[(i + 1) % 4], ys[(i + 1) % 4]);
        }
        addRectangle(min(xs), min(ys), max(xs), max(ys));
        deviceSegments += 4;
        if (deviceSegments <= MAX_CLIP_SEGMENTS) {
            device.moveTo(x0, y0);
            device.lineTo(x1, y1);
            device.lineTo(x2, y2);
            device.lineTo(x3, y3);
            device.closePath();
        }
        // a rectangle is a closed subpath of its own; the current point is its first corner
        startX = currentX = xs[0];
        startY = currentY = ys[0];
        hasCurrent = true;
        cornerCount = 0;
    }

    /** S, s, B, b: every straight axis-parallel segment is a ruling. */
    void stroke() {
        countPainted();
        for (int i = 0; i < segmentCount; i++) {
            int at = i * 4;
            addRuling(segments[at], segments[at + 1], segments[at + 2], segments[at + 3]);
        }
        clear();
    }

    /** f, F, f*: thin rectangles are lines, larger ones give their sides. */
    void fill() {
        closeSubpathShape();
        countPainted();
        PageSize size = frame.size();
        for (int i = 0; i < rectangleCount; i++) {
            int at = i * 4;
            double left = rectangles[at];
            double top = rectangles[at + 1];
            double right = rectangles[at + 2];
            double bottom = rectangles[at + 3];
            double width = right - left;
            double height = bottom - top;
            if (height <= THIN && width > height) {
                rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
            } else if (width <= THIN && height > width) {
                rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
            } else if (width < size.width() * 0.95 || height < size.height() * 0.95) {
                // a page-sized fill is a background, not a table
                rulings.add(new Ruling(true, top, left, right));
                rulings.add(new Ruling(true, bottom, left, right));
                rulings.add(new Ruling(false, left, top, bottom));
                rulings.add(new Ruling(false, right, top, bottom));
            }
        }
        clear();
    }

    void fillAndStroke() {
        closeSubpathShape();
        stroke(); // the outline is drawn: its segments are the rulings (the rectangles' sides among them)
    }

    /** n, and the path after W/W*: nothing is painted. */
    void discard() {
        clear();
    }

    private void countPainted() {
        if (inked && (segmentCount > 0 || rectangleCount > 0)) {
            painted++;
        }
    }

    private void clear() {
        device.reset();
        deviceSegments = 0;
        segmentCount = 0;
        rectangleCount = 0;
        cornerCount = 0;
        hasCurrent = false;
        subpathCurved = false;
    }

    private void addSegment(double x0, double y0, double x1, double y1) {
        if (segmentCount * 4 + 4 > segments.length) {
            segments = java.util.Arrays.copyOf(segments, segments.length * 2);
        }
        int at = segmentCount++ * 4;
        segments[at] = x0;
        segments[at + 1] = y0;
        segments[at + 2] = x1;
        segments[at + 3] = y1;
    }

    private void addRectangle(double left, double top, double right, double bottom) {
        if (rectangleCount * 4 + 4 > rectangles.length) {
            rectangles = java.util.Arrays.copyOf(rectangles, rectangles.length * 2);
        }
        int at = rectangleCount++ * 4;
        rectangles[at] = left;
        rectangles[at + 1] = top;
        rectangles[at + 2] = right;
        rectangles[at + 3] = bottom;
    }

    private void addCorner(double x, double y) {
        if (cornerCount < 5) {
            corners[cornerCount * 2] = x;
            corners[cornerCount * 2 + 1] = y;
        }
        cornerCount++;
    }

    /** A subpath of four corners (a fifth back at the first), all sides axis-parallel, is a rectangle. */
    private void closeSubpathShape() {
        int count = cornerCount;
        if (count == 5 && near(corners[8], corners[0]) && near(corners[9], corners[1])) {
            count = 4;
        }
        if (!subpathCurved && count == 4) {
            boolean rectilinear = true;
            for (int i = 0; i < 4 && rectilinear; i++) {
                int j = (i + 1) % 4;
                rectilinear = near(corners[i * 2], corners[j * 2]) || near(corners[i * 2 + 1], corners[j * 2 + 1]);
            }
            if (rectilinear) {
                double left = Math.min(Math.min(corners[0], corners[2]), Math.min(corners[4], corners[6]));
                double right = Math.max(Math.max(corners[0], corners[2]), Math.max(corners[4], corners[6]));
                double top = Math.min(Math.min(corners[1], corners[3]), Math.min(corners[5], corners[7]));
                double bottom = Math.max(Math.max(corners[1], corners[3]), Math.max(corners[5], corners[7]));
                addRectangle(left, top, right, bottom);
            }
        }
        cornerCount = 0;
    }

    private void addRuling(double x0, double y0, double x1, double y1) {
        if (Math.abs(y1 - y0) <= AXIS_TOLERANCE && Math.abs(x1 - x0) > AXIS_TOLERANCE) {
            rulings.add(new Ruling(true, (y0 + y1) / 2, x0, x1));
        } else if (Math.abs(x1 - x0) <= AXIS_TOLERANCE && Math.abs(y1 - y0) > AXIS_TOLERANCE) {
            rulings.add(new Ruling(false, (x0 + x1) / 2, y0, y1));
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= AXIS_TOLERANCE;
    }

    private static double min(double[] values) {
        return Math.min(Math.min(values[0], values[1]), Math.min(values[2], values[3]));
    }

    private static double max(double[] values) {
        return Math.max(Math.max(values[0], values[1]), Math.max(values[2], values[3]));
    }
}
