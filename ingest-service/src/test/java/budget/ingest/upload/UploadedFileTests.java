package budget.ingest.upload;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadedFileTests {

    @Test
    void keepsOnlyTheLastPathSegmentOfAClientFileName() {
        assertThat(UploadedFile.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadedFile.safeName("C:\\Users\\me\\闵行区2026.txt")).isEqualTo("闵行区2026.txt");
        assertThat(UploadedFile.safeName("budget\u0000.txt\n")).isEqualTo("budget.txt");
    }

    @Test
    void namesADocumentThatCameWithoutAUsableName() {
        assertThat(UploadedFile.safeName(null)).isEqualTo("document.txt");
        assertThat(UploadedFile.safeName("  ")).isEqualTo("document.txt");
        assertThat(UploadedFile.safeName("..")).isEqualTo("document.txt");
        assertThat(UploadedFile.safeName("dir/")).isEqualTo("document.txt");
    }

    @Test
    void shortensVeryLongNames() {
        assertThat(UploadedFile.safeName("a".repeat(1000))).hasSize(200);
    }

    @Test
    void documentIdIsTheSha256OfTheBytes() {
        assertThat(budget.events.DocumentIds.of("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
