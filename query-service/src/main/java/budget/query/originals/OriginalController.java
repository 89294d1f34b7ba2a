package budget.query.originals;

import budget.events.DocumentReceived;
import budget.model.validation.ValidationFinding;
import budget.parser.pdf.PageSize;
import budget.query.web.BadRequest;
import budget.support.Originals;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A document as uploaded, and its findings seen on its pages: the stored file, a page rendered with the boxes of
 * its findings drawn on it, and the PDF annotated with every located finding.
 */
@RestController
class OriginalController {

    static {
        ImageIO.setUseCache(false); // encode in memory, not through temporary files
    }

    private final StoredPdfs pdfs;
    private final Originals originals;
    private final DocumentFindings findings;
    private final RenderSettings settings;

    OriginalController(StoredPdfs pdfs, Originals originals, DocumentFindings findings, RenderSettings settings) {
        this.pdfs = pdfs;
        this.originals = originals;
        this.findings = findings;
        this.settings = settings;
    }

    @Operation(summary = "The document as uploaded (PDF or text), with its media type and file name")
    @GetMapping("/api/documents/{documentId}/original")
    ResponseEntity<InputStreamResource> original(@PathVariable String documentId) {
        Originals.Stored stored = pdfs.stored(documentId);
        MediaType type = DocumentReceived.PDF.equals(stored.mediaType()) ? MediaType.APPLICATION_PDF
                : new MediaType(MediaType.TEXT_PLAIN, charset(stored.encoding()));
        return ResponseEntity.ok().contentType(type).contentLength(stored.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, inline(stored.filename()))
                .body(new InputStreamResource(originals.open(documentId)));
    }

    @Operation(summary = "One page of a PDF as PNG, with the boxes of its findings drawn on it (red ERROR, orange WARNING, blue INFO)")
    @GetMapping("/api/documents/{documentId}/pages/{page}.png")
    ResponseEntity<byte[]> page(@PathVariable String documentId, @PathVariable int page,
                                @RequestParam(required = false) Integer dpi) {
        int asked = dpi == null ? settings.defaultDpi() : dpi;
        if (asked < settings.minDpi() || asked > settings.maxDpi()) {
            throw new BadRequest("dpi", asked + " is outside " + settings.minDpi() + "–" + settings.maxDpi());
        }
        List<ValidationFinding> located = findings.located(documentId);
        return pdfs.withPdf(documentId, pdf -> {
            StoredPdfs.checkPage(documentId, pdf, page);
            PageSize size = pdf.size(page);
            double scale = asked / 72.0;
            double fits = Math.sqrt(settings.maxPixels() / (size.width() * size.height()));
            scale = Math.min(scale, fits);
            BufferedImage image = pdf.render(page, (float) scale);
            FindingMarks.draw(image, located, page, scale);
            long onPage = located.stream().filter(f -> f.location().box().page() == page).count();
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                    .header("X-Rendered-Dpi", String.valueOf(Math.round(scale * 72 * 100) / 100.0))
                    .header("X-Findings-On-Page", String.valueOf(onPage))
                    .body(png(image));
        });
    }

    @Operation(summary = "The PDF with a square annotation (outlined in the severity's colour, with the message) on every located finding")
    @GetMapping("/api/documents/{documentId}/annotated.pdf")
    ResponseEntity<byte[]> annotated(@PathVariable String documentId) {
        List<ValidationFinding> located = findings.located(documentId);
        Originals.Stored stored = pdfs.stored(documentId);
        return pdfs.withPdf(documentId, pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, inline(annotatedName(stored.filename())))
                .header("X-Findings", String.valueOf(located.size()))
                .body(AnnotatedCopies.annotate(pdf, located)));
    }

    private static String annotatedName(String filename) {
        String base = filename == null ? "document" : filename.replaceFirst("(?i)\\.pdf$", "");
        return base + ".annotated.pdf";
    }

    private static String inline(String filename) {
        return ContentDisposition.inline().filename(filename == null ? "document" : filename, StandardCharsets.UTF_8)
                .build().toString();
    }

    private static Charset charset(String encoding) {
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
