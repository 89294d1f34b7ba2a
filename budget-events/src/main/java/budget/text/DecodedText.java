package budget.text;

/** Upload bytes turned into text, with the encoding they were read in. */
public record DecodedText(String text, String encoding) {
}
