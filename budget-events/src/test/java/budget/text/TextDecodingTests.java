package budget.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecodingTests {

    private static final String TITLE = "闵行区2026年区级部门预算\n预算主管部门：闵行区医疗保障局（汇总）\n";

    @Test
    void readsUtf8() {
        DecodedText decoded = TextDecoding.decode(TITLE.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(TITLE);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] withBom = ("\uFEFF" + TITLE).getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoding.decode(withBom).text()).isEqualTo(TITLE);
    }

    @Test
    void readsGbkAndGb18030AndSaysSo() {
        DecodedText gbk = TextDecoding.decode(TITLE.getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(gbk.text()).isEqualTo(TITLE);
        assertThat(gbk.encoding()).isEqualTo("GB18030");
    }

    @Test
    void aUtf8TextThatHoldsTheReplacementCharacterIsStillUtf8() {
        String withReplacement = TITLE + "单位：元\uFFFD\n";
        DecodedText decoded = TextDecoding.decode(withReplacement.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(withReplacement);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void bytesMalformedInUtf8AreNeverReadAsUtf8WithReplacements() {
        // an encoded surrogate, which UTF-8 forbids (the JDK's lenient decoding would make it U+FFFD)
        byte[] surrogate = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'};
        assertThatThrownBy(() -> TextDecoding.decode(surrogate))
                .isInstanceOfSatisfying(UnreadableText.class, e -> assertThat(e.kind()).isEqualTo(UnreadableText.Kind.NOT_TEXT));
        byte[] gbk = TITLE.getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(TextDecoding.decode(gbk).text()).doesNotContain("\uFFFD").isEqualTo(TITLE);
    }

    @Test
    void refusesEmptyAndBlankInput() {
        assertThatThrownBy(() -> TextDecoding.decode(new byte[0]))
                .isInstanceOfSatisfying(UnreadableText.class, e -> assertThat(e.kind()).isEqualTo(UnreadableText.Kind.EMPTY))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoding.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableText.class, e -> assertThat(e.kind()).isEqualTo(UnreadableText.Kind.EMPTY));
    }

    @Test
    void namesKnownBinaryFormats() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        assertThatThrownBy(() -> TextDecoding.decode(png)).hasMessageContaining("PNG image");
        assertThatThrownBy(() -> TextDecoding.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("pdftotext");
        assertThatThrownBy(() -> TextDecoding.decode(new byte[]{'a', 0, 'b'})).hasMessageContaining("NUL");
    }

    @Test
    void refusesBytesValidInNoSupportedEncoding() {
        byte[] garbage = {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'a', (byte) 0x80};
        assertThatThrownBy(() -> TextDecoding.decode(garbage))
                .isInstanceOfSatisfying(UnreadableText.class, e -> assertThat(e.kind()).isEqualTo(UnreadableText.Kind.NOT_TEXT))
                .hasMessageContaining("neither valid UTF-8 nor valid GB18030");
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        byte[] bytes = new byte[100];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0x01 : 'x');
        }
        assertThatThrownBy(() -> TextDecoding.decode(bytes)).hasMessageContaining("control characters");
    }
}
