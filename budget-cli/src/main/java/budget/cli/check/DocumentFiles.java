package budget.cli.check;

import budget.text.TextDecoding;
import budget.text.UnreadableText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a document file as the ingest service would: UTF-8 or GB18030, refusing binary input. */
final class DocumentFiles {

    private DocumentFiles() {
    }

    /** @throws UnreadableText when the file cannot be read as a text document */
    static String read(Path file) {
        try {
            return TextDecoding.decode(Files.readAllBytes(file)).text();
        } catch (IOException e) {
            throw new UnreadableText(UnreadableText.Kind.NOT_TEXT, "cannot read the file: " + e.getMessage());
        }
    }
}
