package budget.parser.pdf;

import budget.model.PageBox;
import budget.parser.pdf.PdfReadOutcome.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF opened with the reader's defences, for everything done with a PDF besides reading its budget: counting
 * its pages at upload, rendering a page, annotating it. Opening checks the file (size, header, end marker),
 * loads it on a memory-limited cache, measures its object streams before PDFBox decodes them and walks the
 * page tree with a cycle check and the page limit; each page handed out has its content, fonts and forms
 * measured first ({@link StreamGuard}), and rendering runs under a CPU-time limit and refuses images that
 * would decode past the memory limit. Whatever goes wrong is a {@link PdfRefusal} with its reason, never
 * another exception. Not thread-safe: one document, one thread.
 */
public final class GuardedPdf implements AutoCloseable {

    private static final int OPERATORS_PER_CHECK = 256;

    private final PDDocument document;
    private final List<PDPage> pages;
    private final PdfLimits limits;
    private final StreamGuard guard;
    private final Deadline deadline;

    private GuardedPdf(PDDocument document, List<PDPage> pages, PdfLimits limits, StreamGuard guard,
                       Deadline deadline) {
        this.document = document;
        this.pages = pages;
        this.limits = limits;
        this.guard = guard;
        this.deadline = deadline;
    }

    /** Opens the PDF, or says why it cannot be opened within the limits. */
    public static GuardedPdf open(byte[] pdf, PdfLimits limits) throws PdfRefusal {
        if (pdf == null || pdf.length == 0) {
            throw new PdfRefusal(Reason.NOT_PDF, "the file is empty");
        }
        if (pdf.length > limits.maxBytes()) {
            throw new PdfRefusal(Reason.TOO_LARGE, "the file has " + pdf.length + " bytes, more than the limit of "
                    + limits.maxBytes());
        }
        if (!PdfBytes.hasHeader(pdf)) {
            throw new PdfRefusal(Reason.NOT_PDF, "the file does not start with %PDF-");
        }
        if (!PdfBytes.hasEnd(pdf)) {
            throw new PdfRefusal(Reason.DAMAGED, "the file is truncated: it does not end with %%EOF");
        }
        Deadline deadline = Deadline.start(limits.timeLimit());
        PDDocument document = null;
        try {
            document = Loader.loadPDF(pdf, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache);
            document.setResourceCache(new DocumentFontCache());
            StreamGuard guard = new StreamGuard(limits.maxMemoryBytes());
            guard.checkObjectStreams(document);
            // the bounded, cycle-checked walk first: only then may PDFBox's own iterator list the pages
            if (PageTree.pages(document, limits.maxPages()).isEmpty()) {
                throw new PdfRefusal(Reason.NO_PAGES, "the document has no pages");
            }
            List<PDPage> pages = new ArrayList<>();
            document.getPages().forEach(pages::add);
            if (pages.isEmpty()) {
                throw new PdfRefusal(Reason.NO_PAGES, "the document has no readable pages");
            }
            return new GuardedPdf(document, List.copyOf(pages), limits, guard, deadline);
        } catch (PdfRefusal refusal) {
            closeQuietly(document);
            throw refusal;
        } catch (PageTree.Problem problem) {
            closeQuietly(document);
            throw new PdfRefusal(problem.reason, problem.getMessage());
        } catch (Throwable e) {
            closeQuietly(document);
            throw refusal(e);
        }
    }

    /**
     * What an exception while working on a PDF means. An OutOfMemoryError of one document built to exhaust memory
     * must not take the service with it: its objects are garbage once the refusal is thrown.
     */
    static PdfRefusal refusal(Throwable e) {
        if (e instanceof PdfRefusal refusal) {
            return refusal;
        }
        if (e instanceof Deadline.Exceeded || e instanceof PageCollector.TooManyGlyphs) {
            return new PdfRefusal(Reason.TOO_COMPLEX, e.getMessage());
        }
        if (e instanceof StreamGuard.TooLarge) {
            return new PdfRefusal(Reason.TOO_LARGE, e.getMessage());
        }
        if (e instanceof OutOfMemoryError) {
            return new PdfRefusal(Reason.TOO_LARGE, "the document needs more memory than is available to read it");
        }
        if (e instanceof StackOverflowError) {
            return new PdfRefusal(Reason.DAMAGED, "the document's structure is nested too deeply to read");
        }
        if (e instanceof InvalidPasswordException) {
            return new PdfRefusal(Reason.ENCRYPTED, "the document needs a password to open");
        }
        if (e instanceof IOException || e instanceof RuntimeException) {
            return new PdfRefusal(Reason.DAMAGED, "the document's structure cannot be read: " + e.getMessage());
        }
        if (e instanceof Error error) {
            throw error;
        }
        return new PdfRefusal(Reason.DAMAGED, String.valueOf(e.getMessage()));
    }

    public int pageCount() {
        return pages.size();
    }

    /** The page (1-based) as PDFBox holds it, its content, fonts and forms measured against the memory limit. */
    public PDPage page(int number) throws PdfRefusal {
        PDPage page = pages.get(checked(number) - 1);
        try {
            guard.checkPage(page.getCOSObject());
        } catch (Throwable e) {
            throw refusal(e);
        }
        return page;
    }

    /** The size of the page (1-based) as shown: crop box, rotation applied, in PDF points. */
    public PageSize size(int number) {
        return PageFrame.of(pages.get(checked(number) - 1)).size();
    }

    /**
     * The rectangle of PDF user space (origin bottom-left, y up) that a box of the shown page covers: where an
     * annotation over it goes. The inverse of the mapping every located row, cell and finding was made with.
     */
    public PDRectangle userSpace(PageBox box) {
        PageFrame frame = PageFrame.of(pages.get(checked(box.page()) - 1));
        double[] a = frame.device(box.x(), box.y());
        double[] b = frame.device(box.x() + box.width(), box.y() + box.height());
        float left = (float) Math.min(a[0], b[0]);
        float bottom = (float) Math.min(a[1], b[1]);
        return new PDRectangle(left, bottom, (float) Math.abs(a[0] - b[0]), (float) Math.abs(a[1] - b[1]));
    }

    /**
     * Renders the page (1-based) at {@code scale} pixels per point (dpi / 72), as shown: crop box, rotation
     * applied, origin top-left. The caller bounds the image's own size (scale × page size); here the page's
     * streams and images are bounded by the memory limit and its drawing by the time limit.
     */
    public BufferedImage render(int number, float scale) throws PdfRefusal {
        PDPage page = page(number);
        CjkFontFallback.install();
        Deadline renderDeadline = Deadline.start(limits.timeLimit());
        try {
            guard.checkImages(page.getCOSObject());
            PDFRenderer renderer = new PDFRenderer(document) {
                @Override
                protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                    return new TimedPageDrawer(parameters, renderDeadline);
                }
            };
            // images larger than the page's pixels are read subsampled, not whole
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImage(number - 1, scale, ImageType.RGB);
        } catch (Throwable e) {
            throw refusal(e);
        }
    }

    /** The document itself, to annotate and save. */
    public PDDocument document() {
        return document;
    }

    List<PDPage> pages() {
        return pages;
    }

    StreamGuard guard() {
        return guard;
    }

    /** The CPU time left to the whole document since it was opened. */
    Deadline deadline() {
        return deadline;
    }

    private int checked(int number) {
        if (number < 1 || number > pages.size()) {
            throw new IndexOutOfBoundsException("page " + number + " of " + pages.size());
        }
        return number;
    }

    @Override
    public void close() {
        closeQuietly(document);
    }

    private static void closeQuietly(PDDocument document) {
        if (document != null) {
            try {
                document.close();
            } catch (IOException | RuntimeException e) {
                // nothing more to free
            }
        }
    }

    /** Draws a page and looks at the clock every few hundred operators: a page built to loop never hangs. */
    private static final class TimedPageDrawer extends PageDrawer {

        private final Deadline deadline;
        private int operators;

        TimedPageDrawer(PageDrawerParameters parameters, Deadline deadline) throws IOException {
            super(parameters);
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (++operators % OPERATORS_PER_CHECK == 0) {
                deadline.check();
            }
            super.processOperator(operator, operands);
        }
    }
}
