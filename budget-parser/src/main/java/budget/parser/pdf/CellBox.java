package budget.parser.pdf;

/** One cell of a line of {@link PdfText#text()}: its text as written (without tabs) and where it is printed. */
public record CellBox(String text, Box box) {
}
