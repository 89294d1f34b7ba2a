package budget.cli.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code budget check 2025.txt 2026.txt}: the later budget is checked against the earlier one without the
 * pipeline. The two years are made from one sample (the corpus has no two years of one department): the 2026
 * budget of 闵行区医疗保障局 printed as its 2025 budget too, the same tables, and the 2026 text stating a change of
 * 1 万元 against 2025 where the tables show none.
 */
class CheckCommandTests {

    private static final Path SAMPLE = Path.of("..", "samples", "minhang-medical-security-2026.txt");

    private static String asYear(int year, String stated) throws IOException {
        Matcher m = Pattern.compile("202[56]").matcher(Files.readString(SAMPLE, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(m.group().equals("2026") ? year : year - 1));
        }
        m.appendTail(out);
        return out.toString().replace("比" + (year - 1) + "年预算增加4696.21万元", stated);
    }

    private static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CommandLine(new CheckCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8))).execute(args);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theLaterYearIsCheckedAgainstTheEarlierWhateverTheOrderOfTheFiles(@TempDir Path dir) throws IOException {
        Path before = Files.writeString(dir.resolve("2025.txt"), asYear(2025, "与2024年预算持平"), StandardCharsets.UTF_8);
        Path after = Files.writeString(dir.resolve("2026.txt"), asYear(2026, "比2025年预算增加1万元"), StandardCharsets.UTF_8);

        String output = run(after.toString(), before.toString());

        List<String> crossYear = output.lines().filter(l -> l.contains("CROSSYEAR.")).toList();
        assertThat(output).contains("== " + after + " (against " + before + ", 2025)");
        assertThat(crossYear).hasSize(3).allMatch(l -> l.startsWith("WARNING CROSSYEAR.STATED_CHANGE narrative "));
        assertThat(crossYear.get(0)).contains("财政拨款收入").contains("expected=0.00 actual=1");
    }

    @Test
    void aFileAloneIsCheckedAsBefore(@TempDir Path dir) throws IOException {
        Path after = Files.writeString(dir.resolve("2026.txt"), asYear(2026, "比2025年预算增加1万元"), StandardCharsets.UTF_8);

        assertThat(run(after.toString())).doesNotContain("CROSSYEAR.").contains("STATUS: VALID_WITH_WARNINGS");
        assertThat(run("--changes", after.toString(), dir.resolve("missing.txt").toString())).doesNotContain("CHANGE ");
    }
}
