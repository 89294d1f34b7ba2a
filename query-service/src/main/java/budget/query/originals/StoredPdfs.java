package budget.query.originals;

import budget.events.DocumentReceived;
import budget.parser.pdf.GuardedPdf;
import budget.parser.pdf.PdfRefusal;
import budget.query.web.NotFound;
import budget.query.web.Problems;
import budget.support.Originals;
import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The stored original of a document, and its PDF opened for one request with the parser's defences
 * ({@link GuardedPdf}) within the render limits, at most {@code maxConcurrent} at once: no request, and no
 * stored PDF built to exhaust memory, can take the service down.
 */
@Component
class StoredPdfs {

    /** Work on an opened PDF; a refusal becomes a 422 naming the reason. */
    interface Work<T> {
        T apply(GuardedPdf pdf) throws PdfRefusal;
    }

    private final Originals originals;
    private final RenderSettings settings;
    private final Semaphore slots;

    StoredPdfs(Originals originals, RenderSettings settings) {
        this.originals = originals;
        this.settings = settings;
        this.slots = new Semaphore(Math.max(1, settings.maxConcurrent()));
    }

    /** The stored original of a document; 404 when no such document was uploaded. */
    Originals.Stored stored(String documentId) {
        if (documentId == null || !documentId.matches("[0-9a-f]{64}")) {
            throw new NotFound("no document " + documentId + " (document ids are 64 hex digits, the SHA-256 of the upload)");
        }
        return originals.find(documentId).orElseThrow(() -> new NotFound("no document " + documentId + " was uploaded"));
    }

    <T> T withPdf(String documentId, Work<T> work) {
        Originals.Stored stored = stored(documentId);
        if (!DocumentReceived.PDF.equals(stored.mediaType())) {
            throw new NotFound("document " + documentId + " is a text (" + stored.mediaType() + "): it has no pages; "
                    + "its original is at /api/documents/" + documentId + "/original");
        }
        if (stored.sizeBytes() > settings.pdf().maxBytes()) {
            throw Problems.unprocessable("PDF not rendered", "the PDF has " + stored.sizeBytes()
                    + " bytes, more than the rendering limit of " + settings.pdf().maxBytes());
        }
        boolean acquired;
        try {
            acquired = slots.tryAcquire(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw Problems.unavailable("Busy", "every rendering slot is taken; try again shortly");
        }
        try (GuardedPdf pdf = GuardedPdf.open(originals.read(stored), settings.pdf())) {
            return work.apply(pdf);
        } catch (PdfRefusal refusal) {
            throw Problems.unprocessable("PDF not rendered", "the PDF cannot be rendered: " + refusal.code() + ": "
                    + refusal.getMessage());
        } catch (Originals.Unavailable e) {
            throw Problems.unavailable("Original unavailable", e.getMessage());
        } finally {
            slots.release();
        }
    }

    /** The page, or 404 naming how many pages there are. */
    static void checkPage(String documentId, GuardedPdf pdf, int page) {
        if (page < 1 || page > pdf.pageCount()) {
            throw new NotFound("document " + documentId + " has " + pdf.pageCount() + " pages; there is no page " + page);
        }
    }
}
