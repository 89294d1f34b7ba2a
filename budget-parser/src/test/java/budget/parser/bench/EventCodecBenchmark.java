package budget.parser.bench;

import budget.events.DocumentParsed;
import budget.events.DocumentReceived;
import budget.events.DocumentValidated;
import budget.events.EventJson;
import budget.events.StoredOriginal;
import budget.model.BudgetKey;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetDocuments;
import budget.parser.ParseOutcome;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the parsed and validated events cost to write and read (one thread, CPU time of that thread, so the figure
 * holds on a loaded machine), for the five samples and the four published PDFs, against the reader's model carried
 * whole as the budget (what schema version 1 of both events did). The parsed event's figure includes splitting the
 * budget into its published part and its reading, and joining them again as validate-service does. Run from the
 * repository root, optional argument: rounds over the documents (default 300):
 * <pre>
 * mvn -q -pl budget-parser -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp budget-parser/target/classes:budget-parser/target/test-classes:$(cat budget-parser/target/bench.cp) \
 *     budget.parser.bench.EventCodecBenchmark
 * </pre>
 */
public final class EventCodecBenchmark {

    /** The shape both events had in schema version 1: the envelope's key fields and the reader's model. */
    record ReadersModelEvent(@JsonProperty("eventId") String eventId, @JsonProperty("budgetKey") BudgetKey budgetKey,
                             @JsonProperty("report") ValidationReport report,
                             @JsonProperty("budget") ParsedBudget budget) {
    }

    private EventCodecBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        List<ParsedBudget> budgets = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("samples")), Files.list(Path.of("samples/pdf")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".pdf"))
                    .sorted().toList()) {
                if (new BudgetDocuments().read(Files.readAllBytes(file)) instanceof ParseOutcome.Parsed parsed) {
                    budgets.add(parsed.budget());
                }
            }
        }
        ValidationReport report = ValidationReport.of(List.of(), 0);
        Instant now = Instant.now();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 0; pass < 3; pass++) {
            long[] cpu = new long[3];
            long[] bytes = new long[3];
            for (int round = 0; round < rounds; round++) {
                for (ParsedBudget budget : budgets) {
                    DocumentReceived received = DocumentReceived.text("d", "d.txt", "UTF-8", 1, StoredOriginal.of("d"), now);
                    long t0 = threads.getCurrentThreadCpuTime();
                    byte[] whole = EventJson.write(new ReadersModelEvent("e", budget.metadata().key(), report, budget));
                    EventJson.read(whole, ReadersModelEvent.class);
                    long t1 = threads.getCurrentThreadCpuTime();
                    DocumentParsed parsed = DocumentParsed.of(received, budget, now);
                    byte[] parsedJson = EventJson.write(parsed);
                    EventJson.read(parsedJson, DocumentParsed.class).asRead();
                    long t2 = threads.getCurrentThreadCpuTime();
                    byte[] validatedJson = EventJson.write(DocumentValidated.of(parsed, report, now));
                    EventJson.read(validatedJson, DocumentValidated.class);
                    long t3 = threads.getCurrentThreadCpuTime();
                    cpu[0] += t1 - t0;
                    cpu[1] += t2 - t1;
                    cpu[2] += t3 - t2;
                    bytes[0] += whole.length;
                    bytes[1] += parsedJson.length;
                    bytes[2] += validatedJson.length;
                }
            }
            int events = rounds * budgets.size();
            System.out.printf("pass %d, %d documents: write + read per event, CPU µs and bytes: reader's model whole "
                            + "(v1) %.0f µs %,d B | DocumentParsed v2 (split, join) %.0f µs %,d B | DocumentValidated v2 "
                            + "%.0f µs %,d B%n", pass, budgets.size(), cpu[0] / 1e3 / events, bytes[0] / events,
                    cpu[1] / 1e3 / events, bytes[1] / events, cpu[2] / 1e3 / events, bytes[2] / events);
        }
    }
}
