package budget.parser;

import budget.model.BudgetTable;
import budget.model.ParsedBudget;
import budget.parser.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken input: the parser returns an outcome for every text, never throws and never hangs (no
 * timing assertions: each case simply has to complete).
 */
class RobustnessTests {

    private final BudgetParser parser = new BudgetParser();

    private ParseOutcome parseSafely(String text) {
        ParseOutcome outcome = parser.parse(text);
        assertThat(outcome).isNotNull();
        if (outcome instanceof ParseOutcome.NotABudget notABudget) {
            // the safety net in BudgetParser must never be what answered
            assertThat(notABudget.reason()).doesNotStartWith("the text could not be read");
        }
        if (outcome instanceof ParseOutcome.Parsed parsed) {
            ParsedBudget budget = parsed.budget();
            assertThat(budget.tables()).hasSize(9).extracting(BudgetTable::number)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(budget.diagnostics()).allSatisfy(d -> assertThat(d.text().length()).isLessThanOrEqualTo(200));
        }
        return outcome;
    }

    static List<String> samples() {
        return Samples.NAMES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesCutEveryFewLinesStillParse(String name) {
        String[] lines = Samples.text(name).split("\n", -1);
        for (int every : new int[] {2, 3, 7, 13}) {
            StringBuilder cut = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                if (i % every != 0) {
                    cut.append(lines[i]).append('\n');
                }
            }
            parseSafely(cut.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void samplesTruncatedAnywhereStillParse(String name) {
        String text = Samples.text(name);
        for (int length = 0; length < text.length(); length += 997) {
            parseSafely(text.substring(0, length));
        }
    }

    @Test
    void garbageIsNotABudget() {
        assertThat(parseSafely("<html><body>404 Not Found</body></html>")).isInstanceOf(ParseOutcome.NotABudget.class);
        assertThat(parseSafely("\n\n\n\t\t\t\n")).isInstanceOf(ParseOutcome.NotABudget.class);
        assertThat(parseSafely("| | |\n|---|---|\n| 1 | 2 |\n")).isInstanceOf(ParseOutcome.NotABudget.class);
        assertThat(parser.parse(null)).isInstanceOf(ParseOutcome.NotABudget.class);
    }

    @Test
    void randomBytesDecodedAsTextNeverThrow() {
        Random random = new Random(20260101);
        for (int round = 0; round < 40; round++) {
            byte[] bytes = new byte[1 + random.nextInt(40_000)];
            random.nextBytes(bytes);
            parseSafely(new String(bytes, StandardCharsets.UTF_8));
            parseSafely(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void shuffledSampleLinesNeverThrow() {
        Random random = new Random(7);
        for (String name : Samples.NAMES) {
            List<String> lines = new ArrayList<>(List.of(Samples.text(name).split("\n")));
            java.util.Collections.shuffle(lines, random);
            parseSafely(String.join("\n", lines));
        }
    }

    @Test
    void aHugeSingleLineCompletes() {
        StringBuilder line = new StringBuilder(5_200_000);
        String chunk = "闵行区2026年区级部门预算 208\t05\t01 “城乡医疗救助”科目3496.59万元，1,000,000,000.00 | ";
        while (line.length() < 5_000_000) {
            line.append(chunk);
        }
        parseSafely(line.toString());
        parseSafely("1,000".repeat(1_000_000));
        parseSafely("“" + "a".repeat(2_000_000) + "”科目1万元");
    }

    @Test
    void manyTinyTablesAndTitlesComplete() {
        StringBuilder text = new StringBuilder("闵行区2026年区级部门预算\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("2026年部门支出预算总表\n编制部门：某部门\n208 社会保障和就业支出 500.00 500.00\n");
        }
        parseSafely(text.toString());
    }

    @Test
    void sampleWithEveryLineDuplicatedStillParses() {
        StringBuilder text = new StringBuilder();
        for (String line : Samples.text("minhang-medical-security-2026").split("\n")) {
            text.append(line).append('\n').append(line).append('\n');
        }
        assertThat(parseSafely(text.toString())).isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void manyAmbiguousRowsUnderOneTableComplete() {
        StringBuilder text = new StringBuilder("闵行区2026年区级部门预算\n2026年部门支出预算总表\n编制部门：某部门\n");
        text.append("功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出\n");
        for (int c = 201; c < 299; c++) {
            text.append(c).append(" 类 1,300.00 1,300.00\n");
            for (int k = 10; k < 23; k++) {
                text.append(c).append(' ').append(k).append(" 款 100.00 100.00\n");
            }
        }
        ParseOutcome outcome = parseSafely(text.toString());
        assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    }

    @Test
    void longScrambledOneCellPerLineTablesComplete() {
        // code parts printed as column blocks, numbers that nearly add up, a few hundred rows: the stream
        // alignment's searches must give up within their budgets, never hang
        StringBuilder text = new StringBuilder("闵行区2026年区级部门预算\n2026年部门支出预算总表\n编制部门：某部门\n\n");
        text.append("功能分类科目编码\n\n功能分类科目名称\n\n合计\n\n基本支出\n\n项目支出\n\n");
        java.util.Random random = new java.util.Random(7);
        for (int c = 201; c < 260; c++) {
            for (int k = 0; k < 6; k++) {
                text.append(c).append("\n\n");
            }
            for (int k = 0; k < 6; k++) {
                text.append(String.format("%02d", 1 + random.nextInt(20))).append("\n\n");
            }
            for (int k = 0; k < 6; k++) {
                text.append("名称").append(k).append("\n\n").append(100 + random.nextInt(5)).append(".00\n\n")
                        .append(50 + random.nextInt(5)).append(".00\n\n");
            }
        }
        text.append("合计\n\n1.00\n\n");
        parseSafely(text.toString());
        StringBuilder codes = new StringBuilder("闵行区2026年区级部门预算\n2026年部门支出预算总表\n编制部门：某部门\n\n");
        for (int i = 0; i < 20_000; i++) {
            codes.append(i % 3 == 0 ? "208" : "05").append("\n\n");
        }
        parseSafely(codes.toString());
    }
}
