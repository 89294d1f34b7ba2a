package budget.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SpacesTests {

    /** The regex the names were compared without before Spaces replaced it in the hot paths. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    @Test
    void aSpaceIsExactlyACharacterOfTheRegexClass() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(Spaces.isSpace(c)).as("U+%04X", (int) c)
                    .isEqualTo(SPACES.matcher(String.valueOf(c)).matches());
        }
    }

    @Test
    void removingSpacesIsWhatTheRegexRemoved() {
        for (String text : new String[]{"", "卫生健康支出", " 城乡社区 支出\u3000", "\t一、\n医疗\u00A0保障\r\f\u000B", "  "}) {
            assertThat(Spaces.removed(text)).isEqualTo(SPACES.matcher(text).replaceAll(""));
        }
        assertThat(Spaces.removed("“城乡 医疗救助”科目", "“”")).isEqualTo("城乡医疗救助科目");
    }
}
