package budget.validator.bench;

import budget.model.BudgetSummary;
import budget.model.ParsedBudget;
import budget.model.validation.ValidationReport;
import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.parser.bench.ThreadCost;
import budget.validator.BudgetValidator;
import budget.validator.crossyear.BudgetSummaries;
import budget.validator.testing.Samples;
import budget.validator.testing.YearVariants;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-threaded CPU cost of {@link BudgetValidator#validate} alone: every document of the samples folder the
 * corpus tests validate (the five samples, the four published PDFs and their six text forms) and the 2026 budget
 * of {@link YearVariants} against its 2025 summary (so the cross-year rules run too), each parsed once before
 * timing; then validated round-robin after a warm-up, printing µs of CPU of the validating thread and bytes
 * allocated per document. Run from the repository root or the module, optional arguments: warm-up and measured
 * seconds (default 10 20):
 * <pre>
 * mvn -q -o -pl budget-validator -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp budget-validator/target/classes:budget-validator/target/test-classes:$(cat budget-validator/target/bench.cp) \
 *     budget.validator.bench.ValidatorBenchmark
 * </pre>
 */
public final class ValidatorBenchmark {

    /** One document to validate, with the previous year's summary it is validated against (or null). */
    private record Input(String name, ParsedBudget budget, BudgetSummary previous) {
    }

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) {
        double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<Input> inputs = inputs();
        BudgetValidator validator = new BudgetValidator();
        long findings = 0;
        int fingerprint = 1;
        for (Input input : inputs) {
            ValidationReport report = validator.validate(input.budget(), input.previous());
            findings += report.findings().size();
            fingerprint = 31 * fingerprint + report.toString().hashCode(); // enums hash by identity
        }
        run(validator, inputs, warmupSeconds);
        ThreadCost cost = ThreadCost.of(() -> run(validator, inputs, measureSeconds));
        // the fingerprint (of every report, whole) tells two builds that report the same from two that do not
        System.out.printf("corpus: %d documents, %d findings in one pass over them (fingerprint %08x)%n",
                inputs.size(), findings, fingerprint);
        System.out.printf("validated %d documents in %.2f s on one thread (%.0f documents/s, wall clock)%n",
                cost.units(), cost.seconds(), cost.units() / cost.seconds());
        System.out.printf("per CPU second of the validating thread: %.0f documents/s (%.0f µs/document)%n",
                cost.perCpuSecond(), cost.cpuMicrosPerUnit());
        System.out.printf("allocated: %.0f KB per document%n", cost.allocatedKbPerUnit());
    }

    private static List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (String name : Samples.everyDocument()) {
            inputs.add(new Input(name, Samples.parsed(name)
                    .orElseThrow(() -> new IllegalStateException("the parser cannot read " + name)), null));
        }
        ParsedBudget lastYear = parse(YearVariants.of(2025));
        BudgetSummary previous = BudgetSummaries.of(lastYear, "document-2025", Instant.parse("2026-01-01T00:00:00Z"));
        inputs.add(new Input("year variant 2026 against 2025", parse(YearVariants.of(2026)), previous));
        return inputs;
    }

    private static ParsedBudget parse(String text) {
        return ((ParseOutcome.Parsed) new BudgetParser().parse(text)).budget();
    }

    /** Validates the inputs round-robin for about the given time; returns how many were validated. */
    private static long run(BudgetValidator validator, List<Input> inputs, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long count = 0;
        long findings = 0;
        while (System.nanoTime() < deadline) {
            for (Input input : inputs) {
                ValidationReport report = validator.validate(input.budget(), input.previous());
                findings += report.findings().size();
                count++;
            }
        }
        if (count > 0 && findings == 0) {
            throw new IllegalStateException("no document had a finding: the validator did not run");
        }
        return count;
    }
}
