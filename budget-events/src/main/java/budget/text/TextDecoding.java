package budget.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides whether uploaded bytes are text we can read, and reads them. Budget documents arrive as UTF-8 or,
 * from older Windows tools, as GB18030/GBK (GB18030 is a superset of GBK). Decoding is strict: bytes that are
 * not valid in either encoding are refused rather than turned into replacement characters.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** @throws UnreadableText with the reason when the bytes are not readable text */
    public static DecodedText decode(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableText(UnreadableText.Kind.EMPTY, "the file is empty (0 bytes)");
        }
        binarySignature(bytes).ifPresent(kind -> {
            throw new UnreadableText(UnreadableText.Kind.BINARY, "the file is binary (" + kind + "), not text");
        });
        if (containsNul(bytes)) {
            throw new UnreadableText(UnreadableText.Kind.BINARY, "the file is binary (it contains NUL bytes), not text");
        }
        DecodedText decoded = utf8(bytes)
                .map(text -> new DecodedText(stripBom(text), "UTF-8"))
                .or(() -> strict(bytes, GB18030).map(text -> new DecodedText(text, "GB18030")))
                .orElseThrow(() -> new UnreadableText(UnreadableText.Kind.NOT_TEXT,
                        "the text is neither valid UTF-8 nor valid GB18030/GBK"));
        if (decoded.text().isBlank()) {
            throw new UnreadableText(UnreadableText.Kind.EMPTY, "the file holds only white space");
        }
        if (controlCharacterShare(decoded.text()) > 0.05) {
            throw new UnreadableText(UnreadableText.Kind.BINARY, "the file is binary (too many control characters), not text");
        }
        return decoded;
    }

    /**
     * UTF-8 read the fast way first (the JDK's own decoding of a String, which replaces what is malformed with
     * U+FFFD): without a replacement character in it the bytes were valid UTF-8, and only a text that has one (a
     * malformed byte, or a U+FFFD it really holds) is decoded again strictly to tell which.
     */
    private static Optional<String> utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : strict(bytes, StandardCharsets.UTF_8);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static double controlCharacterShare(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return (double) control / text.length();
    }

    /** Well-known binary formats, named so the error tells the user what they actually sent. */
    private static Optional<String> binarySignature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Optional.of("PDF; extract its text first, e.g. with pdftotext -layout");
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return Optional.of("ZIP archive or Office document");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Optional.of("legacy Office document");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("gzip archive");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
