package budget.parser.pdf;

/** A page as it is shown (crop box, rotation applied), in PDF points. */
public record PageSize(double width, double height) {
}
