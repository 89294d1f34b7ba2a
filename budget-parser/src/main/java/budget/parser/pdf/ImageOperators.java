package budget.parser.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;

/**
 * Do and BI, so that a page's images are counted (and how much of the page they cover) while its text is
 * extracted: a page of images and no glyphs is a scan. Images are never decoded; form XObjects go on to
 * PDFBox's own text-extraction Do, which runs their content through the same engine.
 */
final class ImageOperators {

    private ImageOperators() {
    }

    /** How many images a page drew, and the share of the page they cover (summed, at most 1). */
    static final class Tally {

        private PageFrame frame;
        private int images;
        private double coverage;

        void startPage(PageFrame pageFrame) {
            frame = pageFrame;
            images = 0;
            coverage = 0;
        }

        int images() {
            return images;
        }

        double coverage() {
            return Math.min(1, coverage);
        }

        /** An image fills the unit square of user space: its box is the current matrix's image of it. */
        void image(Matrix ctm) {
            images++;
            double a = ctm.getScaleX();
            double b = ctm.getShearY();
            double c = ctm.getShearX();
            double d = ctm.getScaleY();
            double e = ctm.getTranslateX();
            double f = ctm.getTranslateY();
            double[] xs = {e, a + e, c + e, a + c + e};
            double[] ys = {f, b + f, d + f, b + d + f};
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                double x = frame.x(xs[i], ys[i]);
                double y = frame.y(xs[i], ys[i]);
                left = Math.min(left, x);
                right = Math.max(right, x);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
            PageSize size = frame.size();
            double width = Math.max(0, Math.min(right, size.width()) - Math.max(left, 0));
            double height = Math.max(0, Math.min(bottom, size.height()) - Math.max(top, 0));
            if (size.width() > 0 && size.height() > 0) {
                coverage += width * height / (size.width() * size.height());
            }
        }
    }

    static List<OperatorProcessor> all(PDFStreamEngine engine, Tally tally) {
        return List.of(new DrawXObject(engine, tally), new InlineImage(engine, tally));
    }

    private static final class DrawXObject extends OperatorProcessor {

        private final OperatorProcessor forms;
        private final Tally tally;

        DrawXObject(PDFStreamEngine engine, Tally tally) {
            super(engine);
            this.forms = new DrawObject(engine);
            this.tally = tally;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDResources resources = getContext().getResources();
                if (resources != null && resources.isImageXObject(name)) {
                    tally.image(getContext().getGraphicsState().getCurrentTransformationMatrix());
                    return;
                }
            }
            forms.process(operator, operands);
        }

        @Override
        public String getName() {
            return "Do";
        }
    }

    private static final class InlineImage extends OperatorProcessor {

        private final Tally tally;

        InlineImage(PDFStreamEngine engine, Tally tally) {
            super(engine);
            this.tally = tally;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            tally.image(getContext().getGraphicsState().getCurrentTransformationMatrix());
        }

        @Override
        public String getName() {
            return "BI";
        }
    }
}
