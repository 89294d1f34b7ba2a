package budget.ingest.upload;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An oversize multipart request fails before any controller runs (while the request is read), so its
 * answer is given here: 413 with the limit, as problem details.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final long maxBytes;

    UploadLimits(@Value("${budget.ingest.max-document-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return UploadController.problem(HttpStatus.CONTENT_TOO_LARGE, "Upload rejected",
                "the request is larger than the upload limit of " + maxBytes + " bytes per document", null);
    }
}
