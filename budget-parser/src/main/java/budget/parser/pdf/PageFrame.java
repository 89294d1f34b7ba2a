package budget.parser.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Maps PDF device space (origin bottom-left of the media box, y up) into the frame of the page as shown:
 * origin at the top-left of the crop box, y down, page rotation applied. The mapping is the one PDFBox's
 * {@code TextPosition.getX()/getY()} use, so drawn lines and glyphs share one frame.
 */
record PageFrame(double left, double bottom, double width, double height, int rotation) {

    static PageFrame of(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        return new PageFrame(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight(), rotation);
    }

    PageSize size() {
        return rotation == 90 || rotation == 270 ? new PageSize(height, width) : new PageSize(width, height);
    }

    double x(double deviceX, double deviceY) {
        double tx = deviceX - left;
        double ty = deviceY - bottom;
        return switch (rotation) {
            case 90 -> ty;
            case 180 -> width - tx;
            case 270 -> height - ty;
            default -> tx;
        };
    }

    double y(double deviceX, double deviceY) {
        double tx = deviceX - left;
        double ty = deviceY - bottom;
        return switch (rotation) {
            case 90 -> tx;
            case 180 -> ty;
            case 270 -> width - tx;
            default -> height - ty;
        };
    }

    /** The inverse of {@link #x} and {@link #y}: a point of the page as shown, back in device space. */
    double[] device(double x, double y) {
        double tx;
        double ty;
        switch (rotation) {
            case 90 -> {
                tx = y;
                ty = x;
            }
            case 180 -> {
                tx = width - x;
                ty = y;
            }
            case 270 -> {
                tx = width - y;
                ty = height - x;
            }
            default -> {
                tx = x;
                ty = height - y;
            }
        }
        return new double[] {tx + left, ty + bottom};
    }
}
