package budget.parser.narrative;

import budget.parser.text.Keywords;
import budget.parser.text.SourceLine;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that make prose worth a closer look, found for every line in one pass: the keywords of the stated
 * figures, the brackets of level subjects (（类）), and the words of project sections and performance forms.
 */
final class LineWords {

    private static final List<String> SECTION_WORDS = List.of("项目经费情况说明", "项目名称", "年度预算", "项目资金",
            "申请总额", "编制说明", "（", "(");
    private static final Keywords WORDS = new Keywords(words());

    static final long PROJECT_HEADING = bit("项目经费情况说明");
    static final long PROJECT_NAME = bit("项目名称");
    static final long ANNUAL_BUDGET = bit("年度预算");
    static final long PROJECT_FUNDS = bit("项目资金");
    static final long REQUESTED = bit("申请总额");
    static final long EXPLANATION = bit("编制说明");
    static final long BRACKETS = bit("（") | bit("(");
    /** Any word a stated figure starts with, or a bracket. */
    static final long FIGURES = figureBits() | BRACKETS;

    private LineWords() {
    }

    private static List<String> words() {
        List<String> words = new ArrayList<>();
        for (List<FigurePattern> patterns : List.of(StatedFigures.TOTALS, StatedFigures.SUBJECTS, StatedFigures.OTHERS)) {
            for (FigurePattern pattern : patterns) {
                if (!words.contains(pattern.keyword())) {
                    words.add(pattern.keyword());
                }
            }
        }
        for (String word : SECTION_WORDS) {
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static long figureBits() {
        long bits = 0;
        for (List<FigurePattern> patterns : List.of(StatedFigures.TOTALS, StatedFigures.SUBJECTS, StatedFigures.OTHERS)) {
            for (FigurePattern pattern : patterns) {
                bits |= bit(pattern.keyword());
            }
        }
        return bits;
    }

    /** The bit of a word in the masks this class computes. */
    static long bit(String word) {
        return 1L << WORDS.index(word);
    }

    static long scan(String text) {
        return WORDS.scan(text);
    }

    /** Per line of the list, the words it holds; lines too long to be prose a person wrote hold none. */
    static long[] of(List<SourceLine> lines) {
        long[] words = new long[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            words[i] = text.length() > 20_000 ? 0 : WORDS.scan(text);
        }
        return words;
    }
}
