package budget.ingest.upload;

import org.springframework.http.HttpStatus;

/** An upload we refuse, with the file it concerns and a reason the uploader can act on. */
final class UploadRejected extends RuntimeException {

    private final String filename;
    private final HttpStatus status;

    private UploadRejected(String filename, String reason, HttpStatus status) {
        super(reason);
        this.filename = filename;
        this.status = status;
    }

    static UploadRejected unprocessable(String filename, String reason) {
        return new UploadRejected(filename, reason, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    static UploadRejected unsupported(String filename, String reason) {
        return new UploadRejected(filename, reason, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    static UploadRejected tooLarge(String filename, String reason) {
        return new UploadRejected(filename, reason, HttpStatus.CONTENT_TOO_LARGE);
    }

    static UploadRejected tooMany(String reason) {
        return new UploadRejected(null, reason, HttpStatus.TOO_MANY_REQUESTS);
    }

    static UploadRejected badRequest(String filename, String reason) {
        return new UploadRejected(filename, reason, HttpStatus.BAD_REQUEST);
    }

    String filename() {
        return filename;
    }

    HttpStatus status() {
        return status;
    }
}
