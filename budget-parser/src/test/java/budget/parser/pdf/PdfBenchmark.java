package budget.parser.pdf;

import budget.parser.BudgetParser;
import budget.parser.ParseOutcome;
import budget.parser.bench.ThreadCost;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-threaded throughput of the PDF front end on the four sample PDFs: after a warm-up, reads them
 * round-robin and prints pages per CPU second of the reading thread (the figure for one core, whatever else
 * the machine runs), for PDF to {@link PdfText} and for PDF to ParsedBudget (front end plus parser). Goal:
 * 100 pages per CPU second. Optional arguments: warm-up and measured seconds (default 10 20). From the
 * repository root:
 * <pre>
 * mvn -q -pl budget-parser -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp \
 *     -Dmdep.includeScope=test \
 *   &amp;&amp; java -cp budget-parser/target/classes:budget-parser/target/test-classes:$(cat budget-parser/target/bench.cp) \
 *     budget.parser.pdf.PdfBenchmark
 * </pre>
 */
public final class PdfBenchmark {

    private PdfBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double warmupSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        double measureSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 20;
        List<byte[]> pdfs = new ArrayList<>();
        for (String name : SamplePdfs.NAMES) {
            pdfs.add(Files.readAllBytes(SamplePdfs.pdf(name)));
        }
        PdfTextReader reader = new PdfTextReader();
        BudgetParser parser = new BudgetParser();
        int pagesPerRound = 0;
        for (byte[] pdf : pdfs) {
            pagesPerRound += ((PdfReadOutcome.Read) reader.read(pdf)).text().pages();
        }
        System.out.printf("samples: %d PDFs, %d pages%n", pdfs.size(), pagesPerRound);
        Work toText = reader::read;
        Work toBudget = pdf -> {
            PdfReadOutcome outcome = reader.read(pdf);
            if (!(parser.parse(((PdfReadOutcome.Read) outcome).text().text()) instanceof ParseOutcome.Parsed)) {
                throw new IllegalStateException("a sample was not parsed as a budget");
            }
        };
        rounds(pdfs, warmupSeconds, toBudget); // warms the reader and the parser alike before either is measured
        measure("PDF -> PdfText", pdfs, pagesPerRound, measureSeconds, toText);
        measure("PDF -> ParsedBudget", pdfs, pagesPerRound, measureSeconds, toBudget);
    }

    private interface Work {
        void run(byte[] pdf);
    }

    private static void measure(String what, List<byte[]> pdfs, int pagesPerRound, double measureSeconds,
                                Work work) {
        ThreadCost cost = ThreadCost.of(() -> rounds(pdfs, measureSeconds, work));
        long rounds = cost.units();
        double cpuSeconds = cost.cpuSeconds();
        double processSeconds = cost.processCpuSeconds();
        long allocated = cost.allocatedBytes();
        long pages = rounds * pagesPerRound;
        System.out.printf("%s: %d pages (%d documents) in %.2f CPU s of the reading thread: %.0f pages per CPU"
                        + " second, %.2f ms per page, %.0f ms per 25-page budget%n", what, pages, rounds * pdfs.size(),
                cpuSeconds, pages / cpuSeconds, cpuSeconds * 1000 / pages, cpuSeconds * 1000 / pages * 25);
        // the whole process (garbage collector and compiler threads too), and what the thread allocated
        System.out.printf("  whole process: %.0f pages per CPU second; allocated %.0f KB per page;"
                        + " wall clock %.0f pages/s (on a shared machine)%n", pages / processSeconds,
                allocated / 1024.0 / pages, pages / cost.seconds());
    }

    private static long rounds(List<byte[]> pdfs, double seconds, Work work) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long rounds = 0;
        while (System.nanoTime() < deadline) {
            for (byte[] pdf : pdfs) {
                work.run(pdf);
            }
            rounds++;
        }
        return rounds;
    }
}
