package budget.ingest.upload;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * POST /api/documents: one or several files (PDF or text) as multipart parts named {@code file} or {@code files},
 * or one document itself as the request body with {@code ?filename=}. Answers 202 with a receipt per document.
 */
@RestController
class UploadController {

    private final DocumentIntake intake;
    private final UploadRateLimit rateLimit;
    private final long maxBytes;

    UploadController(DocumentIntake intake, UploadRateLimit rateLimit,
                     @org.springframework.beans.factory.annotation.Value("${budget.ingest.max-document-bytes}") long maxBytes) {
        this.intake = intake;
        this.rateLimit = rateLimit;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, List<UploadReceipt>>> uploadFiles(MultipartHttpServletRequest request) {
        rateLimit.acquire(request.getRemoteAddr());
        List<UploadedFile> files = new ArrayList<>();
        for (String part : List.of("file", "files")) {
            for (MultipartFile file : request.getFiles(part)) {
                files.add(new UploadedFile(UploadedFile.safeName(file.getOriginalFilename()), bytes(file)));
            }
        }
        return accepted(intake.accept(files));
    }

    @PostMapping(path = "/api/documents", consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<Map<String, List<UploadReceipt>>> uploadBody(
            @RequestParam(name = "filename", required = false) String filename, HttpServletRequest request)
            throws IOException {
        rateLimit.acquire(request.getRemoteAddr());
        byte[] body = readLimited(UploadedFile.safeName(filename), request.getInputStream());
        String name = filename == null || filename.isBlank() ? UploadedFile.defaultName(body) : UploadedFile.safeName(filename);
        return accepted(intake.accept(List.of(new UploadedFile(name, body))));
    }

    private static ResponseEntity<Map<String, List<UploadReceipt>>> accepted(List<UploadReceipt> receipts) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("documents", receipts));
    }

    private byte[] readLimited(String filename, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw UploadRejected.tooLarge(filename, "the body is larger than the limit of " + maxBytes + " bytes");
        }
        return bytes;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ExceptionHandler(UploadRejected.class)
    ProblemDetail rejected(UploadRejected e) {
        return problem(e.status(), "Upload rejected", e.getMessage(), e.filename());
    }

    @ExceptionHandler(DocumentIntake.PublishFailed.class)
    ProblemDetail publishFailed(DocumentIntake.PublishFailed e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Pipeline unavailable", e.getMessage()
                + (e.filename() == null ? "; nothing from this request was accepted, retry the upload"
                        : "; nothing from this request was accepted after this file, retry the upload"), e.filename());
    }

    /**
     * The store did not answer in time (restarting, electing a primary) while checking or recording an upload: 503, so
     * the client sends the request again (instead of a 500); what was already taken is answered as a duplicate then.
     */
    @ExceptionHandler({com.mongodb.MongoTimeoutException.class, com.mongodb.MongoSocketException.class})
    ProblemDetail storeUnavailable(com.mongodb.MongoException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Store unavailable", "the document store did not answer ("
                + e.getClass().getSimpleName() + "); retry the upload: a document already taken is recognised, never taken twice",
                null);
    }

    static ProblemDetail problem(HttpStatus status, String title, String reason, String filename) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                filename == null ? reason : filename + ": " + reason);
        problem.setTitle(title);
        problem.setProperty("reason", reason);
        if (filename != null) {
            problem.setProperty("filename", filename);
        }
        return problem;
    }
}
