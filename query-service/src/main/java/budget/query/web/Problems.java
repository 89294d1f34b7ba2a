package budget.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Problem-details answers besides 400 ({@link BadRequest}) and 404 ({@link NotFound}). */
public final class Problems {

    private Problems() {
    }

    /** 422: the request is fine but what it names cannot be done, with the reason. */
    public static ErrorResponseException unprocessable(String title, String detail) {
        return of(HttpStatus.UNPROCESSABLE_CONTENT, title, detail);
    }

    /** 503: busy or a backing store unavailable; try again later. */
    public static ErrorResponseException unavailable(String title, String detail) {
        return of(HttpStatus.SERVICE_UNAVAILABLE, title, detail);
    }

    private static ErrorResponseException of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
