package budget.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A 400 answered as problem details naming the parameter and what is wrong with it. */
public class BadRequest extends ErrorResponseException {

    public BadRequest(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
