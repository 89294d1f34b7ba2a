package budget.query.originals;

import budget.model.PageBox;
import budget.model.validation.Severity;
import budget.model.validation.ValidationFinding;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;

/**
 * Findings drawn on a page image: each finding's box tinted and outlined in its severity's colour (red ERROR,
 * orange WARNING, blue INFO), the more severe drawn last, on top. Nothing is written on the page, so nothing
 * printed is hidden: the messages are in the report and in the annotated PDF.
 */
final class FindingMarks {

    private static final float TINT = 0.22f;
    private static final double PADDING_POINTS = 1.5;

    private FindingMarks() {
    }

    /** The colour of a severity, on the page image and on the annotated PDF alike. */
    static Color color(Severity severity) {
        return switch (severity) {
            case ERROR -> new Color(220, 20, 20);
            case WARNING -> new Color(245, 140, 0);
            case INFO -> new Color(30, 110, 220);
        };
    }

    /** The findings' boxes on this page; {@code scale} is pixels per PDF point (dpi / 72). */
    static void draw(BufferedImage image, List<ValidationFinding> findings, int page, double scale) {
        List<ValidationFinding> onPage = findings.stream().filter(f -> f.location().box().page() == page)
                .sorted(Comparator.comparing(ValidationFinding::severity).reversed()).toList();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (ValidationFinding finding : onPage) {
                PageBox box = finding.location().box();
                Rectangle2D.Double rect = new Rectangle2D.Double((box.x() - PADDING_POINTS) * scale,
                        (box.y() - PADDING_POINTS) * scale, (box.width() + 2 * PADDING_POINTS) * scale,
                        (box.height() + 2 * PADDING_POINTS) * scale);
                Color color = color(finding.severity());
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, TINT));
                g.setColor(color);
                g.fill(rect);
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.9f));
                g.setStroke(new BasicStroke((float) Math.max(1.5, scale)));
                g.draw(rect);
            }
        } finally {
            g.dispose();
        }
    }
}
