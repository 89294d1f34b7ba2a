package budget.parser.bench;

import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.parser.testing.Samples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-threaded throughput of the parser on the five samples: parses them round-robin after a warm-up and
 * prints documents per second and megabytes (UTF-8) per second, by wall clock and per CPU second of the parsing
 * thread (the figure for one core, whatever else the machine runs), and bytes allocated per document. Run from
 * the repository root (it reads ./samples), optional arguments: warm-up and measured seconds (default 10 20):
 * <pre>
 * mvn -q -pl budget-parser -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp budget-parser/target/classes:budget-parser/target/test-classes:$(cat budget-parser/target/bench.cp) \
 *     budget.parser.bench.ParserBenchmark
 * </pre>
 */
public final class ParserBenchmark {

    private ParserBenchmark() {
    }

    public static void main(String[] args) {
        double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<String> texts = new ArrayList<>();
        long bytesPerRound = 0;
        for (String name : Samples.NAMES) {
            String text = Samples.text(name);
            texts.add(text);
            bytesPerRound += text.getBytes(StandardCharsets.UTF_8).length;
        }
        BudgetParser parser = new BudgetParser();
        run(parser, texts, warmupSeconds);
        ThreadCost cost = ThreadCost.of(() -> run(parser, texts, measureSeconds));
        double bytes = (double) bytesPerRound / texts.size() * cost.units();
        System.out.printf("samples: %d documents, %.1f KB on average (UTF-8)%n", texts.size(),
                bytesPerRound / 1024.0 / texts.size());
        System.out.printf("parsed %d documents in %.2f s on one thread%n", cost.units(), cost.seconds());
        System.out.printf("throughput: %.0f documents/s, %.1f MB/s (wall clock)%n", cost.units() / cost.seconds(),
                bytes / cost.seconds() / 1e6);
        System.out.printf("per CPU second of the parsing thread: %.0f documents/s, %.1f MB/s (%.0f µs/document)%n",
                cost.perCpuSecond(), bytes / cost.cpuSeconds() / 1e6, cost.cpuMicrosPerUnit());
        System.out.printf("allocated: %.0f KB per document%n", cost.allocatedKbPerUnit());
    }

    /** Parses the texts round-robin for about the given time; returns how many were parsed. */
    private static long run(BudgetParser parser, List<String> texts, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        int parsed = 0;
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                if (parser.parse(text) instanceof ParseOutcome.Parsed) {
                    parsed++;
                }
                count++;
            }
        }
        if (parsed != count) {
            throw new IllegalStateException("a sample was not parsed as a budget");
        }
        return count;
    }
}
