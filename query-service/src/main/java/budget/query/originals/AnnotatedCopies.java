package budget.query.originals;

import budget.model.PageBox;
import budget.model.validation.ValidationFinding;
import budget.parser.pdf.GuardedPdf;
import budget.parser.pdf.PdfRefusal;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;

/**
 * The PDF with a square annotation over every located finding: its box outlined in the severity's colour, the
 * finding's message (Chinese, then English) as the annotation's text, shown by any viewer's comment panel.
 */
final class AnnotatedCopies {

    /** The author every annotation is signed with, so a reader (and a test) can tell them from the publisher's. */
    static final String AUTHOR = "budget-pipeline";
    private static final float PADDING_POINTS = 1.5f;

    private AnnotatedCopies() {
    }

    static byte[] annotate(GuardedPdf pdf, List<ValidationFinding> findings) throws PdfRefusal {
        try {
            for (ValidationFinding finding : findings) {
                PageBox box = finding.location().box();
                if (box.page() < 1 || box.page() > pdf.pageCount()) {
                    continue;
                }
                PDPage page = pdf.page(box.page());
                page.getAnnotations().add(square(pdf, finding, box));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.document().save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfRefusal(budget.parser.pdf.PdfReadOutcome.Reason.DAMAGED,
                    "the annotated copy could not be written: " + e.getMessage());
        }
    }

    private static PDAnnotationSquare square(GuardedPdf pdf, ValidationFinding finding, PageBox box) {
        PDRectangle area = pdf.userSpace(box);
        PDAnnotationSquare square = new PDAnnotationSquare();
        square.setRectangle(new PDRectangle(area.getLowerLeftX() - PADDING_POINTS, area.getLowerLeftY() - PADDING_POINTS,
                area.getWidth() + 2 * PADDING_POINTS, area.getHeight() + 2 * PADDING_POINTS));
        Color color = FindingMarks.color(finding.severity());
        square.setColor(new PDColor(color.getRGBColorComponents(null), PDDeviceRGB.INSTANCE));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(1.5f);
        square.setBorderStyle(border);
        square.setTitlePopup(AUTHOR);
        square.setSubject(finding.severity() + " " + finding.ruleId());
        square.setContents(finding.severity() + " " + finding.ruleId() + " (" + finding.location().describe() + ")\n"
                + finding.messageZh() + "\n" + finding.messageEn());
        square.setCreationDate(Calendar.getInstance());
        square.setPrinted(true);
        square.constructAppearances(pdf.document());
        return square;
    }
}
