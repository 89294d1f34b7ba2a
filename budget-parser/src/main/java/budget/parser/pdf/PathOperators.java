package budget.parser.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;

import java.util.List;
import java.util.function.Consumer;

/**
 * The path construction and painting operators, added to the text stripper so that one pass over a page's
 * content yields its glyphs and its rulings (PDFBox's text engine registers no path operators, its graphics
 * engine no text ones). Each transforms its points by the current matrix and hands them to the
 * {@link PathRecorder}. A malformed operator (missing or non-numeric operands) is skipped, as a viewer does.
 * W and W* mark the current path as a clipping path: the operator that ends the path (usually n) intersects the
 * graphics state's clip with it, so that what a glyph shows of itself can be told ({@link PageCollector}).
 */
final class PathOperators {

    private PathOperators() {
    }

    static List<? extends OperatorProcessor> all(PDFStreamEngine engine, PathRecorder paths) {
        return List.of(
                new Points(engine, paths, "m", 2, p -> paths.moveTo(p[0], p[1])),
                new Points(engine, paths, "l", 2, p -> paths.lineTo(p[0], p[1])),
                new Points(engine, paths, "c", 6, p -> paths.curveTo(p[4], p[5])),
                new Points(engine, paths, "v", 4, p -> paths.curveTo(p[2], p[3])),
                new Points(engine, paths, "y", 4, p -> paths.curveTo(p[2], p[3])),
                new Rectangle(engine, paths),
                new Paint(engine, paths, "h", PathRecorder::closePath),
                new Paint(engine, paths, "S", PathRecorder::stroke),
                new Paint(engine, paths, "s", PathOperators::closeAndStroke),
                new Paint(engine, paths, "f", PathRecorder::fill),
                new Paint(engine, paths, "F", PathRecorder::fill),
                new Paint(engine, paths, "f*", PathRecorder::fill),
                new Paint(engine, paths, "B", PathRecorder::fillAndStroke),
                new Paint(engine, paths, "B*", PathRecorder::fillAndStroke),
                new Paint(engine, paths, "b", PathOperators::closeFillAndStroke),
                new Paint(engine, paths, "b*", PathOperators::closeFillAndStroke),
                new Paint(engine, paths, "n", PathRecorder::discard),
                // the colours, so that a path painted white on the white page (a blank table's cells) is no ink
                new SetStrokingColorSpace(engine), new SetNonStrokingColorSpace(engine),
                new SetStrokingColor(engine), new SetNonStrokingColor(engine),
                new SetStrokingColorN(engine), new SetNonStrokingColorN(engine),
                new SetStrokingDeviceGrayColor(engine), new SetNonStrokingDeviceGrayColor(engine),
                new SetStrokingDeviceRGBColor(engine), new SetNonStrokingDeviceRGBColor(engine),
                new SetStrokingDeviceCMYKColor(engine), new SetNonStrokingDeviceCMYKColor(engine),
                new Clip(engine, paths, "W", java.awt.geom.Path2D.WIND_NON_ZERO),
                new Clip(engine, paths, "W*", java.awt.geom.Path2D.WIND_EVEN_ODD));
    }

    private static void closeAndStroke(PathRecorder paths) {
        paths.closePath();
        paths.stroke();
    }

    private static void closeFillAndStroke(PathRecorder paths) {
        paths.closePath();
        paths.fillAndStroke();
    }

    /** An operator feeding the recorder, with the operand and matrix handling all of them share. */
    private abstract static class PathOperator extends OperatorProcessor {

        private final String name;
        final PathRecorder paths;

        PathOperator(PDFStreamEngine engine, PathRecorder paths, String name) {
            super(engine);
            this.paths = paths;
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        /** The first {@code count} operands as numbers, or null when there are fewer or one is no number. */
        static double[] numbers(List<COSBase> operands, int count) {
            if (operands.size() < count) {
                return null;
            }
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                if (!(operands.get(i) instanceof COSNumber number)) {
                    return null;
                }
                values[i] = number.floatValue();
            }
            return values;
        }

        /** User-space x, y pairs into device space, in place, through the current transformation matrix. */
        double[] toDevice(double[] points) {
            Matrix ctm = getContext().getGraphicsState().getCurrentTransformationMatrix();
            double a = ctm.getScaleX();
            double b = ctm.getShearY();
            double c = ctm.getShearX();
            double d = ctm.getScaleY();
            double e = ctm.getTranslateX();
            double f = ctm.getTranslateY();
            for (int i = 0; i + 1 < points.length; i += 2) {
                double ux = points[i];
                double uy = points[i + 1];
                points[i] = a * ux + c * uy + e;
                points[i + 1] = b * ux + d * uy + f;
            }
            return points;
        }
    }

    private static final class Points extends PathOperator {

        private final int count;
        private final Consumer<double[]> action;

        Points(PDFStreamEngine engine, PathRecorder paths, String name, int count, Consumer<double[]> action) {
            super(engine, paths, name);
            this.count = count;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            double[] points = numbers(operands, count);
            if (points != null) {
                action.accept(toDevice(points));
            }
        }
    }

    /** re x y w h: its four corners through the current matrix (which may rotate it). */
    private static final class Rectangle extends PathOperator {

        Rectangle(PDFStreamEngine engine, PathRecorder paths) {
            super(engine, paths, "re");
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            double[] r = numbers(operands, 4);
            if (r == null) {
                return;
            }
            double x1 = r[0] + r[2];
            double y1 = r[1] + r[3];
            double[] p = toDevice(new double[] {r[0], r[1], x1, r[1], x1, y1, r[0], y1});
            paths.rectangle(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
        }
    }

    private static final class Paint extends PathOperator {

        private final Consumer<PathRecorder> action;
        private final String name;

        Paint(PDFStreamEngine engine, PathRecorder paths, String name, Consumer<PathRecorder> action) {
            super(engine, paths, name);
            this.action = action;
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            PDGraphicsState state = getContext().getGraphicsState();
            java.awt.geom.Path2D clip = paths.takeClip();
            if (clip != null) {
                state.intersectClippingPath(new java.awt.geom.Area(clip));
            }
            boolean fills = name.indexOf('f') >= 0 || name.indexOf('F') >= 0 || name.indexOf('b') >= 0
                    || name.indexOf('B') >= 0;
            boolean strokes = name.indexOf('S') >= 0 || name.indexOf('s') >= 0 || name.indexOf('b') >= 0
                    || name.indexOf('B') >= 0;
            paths.inked(fills && ink(state.getNonStrokingColor(), state.getNonStrokeAlphaConstant())
                    || strokes && ink(state.getStrokingColor(), state.getAlphaConstant()));
            action.accept(paths);
        }

        /** Whether a colour leaves a mark on a white page: not white, not fully transparent. */
        private static boolean ink(PDColor color, double alpha) {
            if (alpha <= 0) {
                return false;
            }
            try {
                return color == null || (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
            } catch (java.io.IOException | RuntimeException e) {
                return true; // a pattern or a colour space that cannot say: ink, to be safe
            }
        }
    }

    /** W, W*: the path, once ended, clips what follows (until the graphics state is restored). */
    private static final class Clip extends PathOperator {

        private final int windingRule;

        Clip(PDFStreamEngine engine, PathRecorder paths, String name, int windingRule) {
            super(engine, paths, name);
            this.windingRule = windingRule;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            paths.clipNext(windingRule);
        }
    }
}
