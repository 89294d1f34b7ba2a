package budget.cli.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time and resident memory of a process, from /proc (Linux), with the CPU of its JVM's own threads told apart:
 * the JIT compiler's threads and the garbage collector's (with the serial collector, the VM thread, which also runs
 * the other safepoint operations). On two cores shared by seven JVMs the compilers take a large share for the first
 * few thousand documents (code run about once per document reaches C2 only after thousands of calls), so a
 * run's figures say how much of its CPU was warm-up.
 */
record ProcessUsage(double cpuSeconds, double jitCpuSeconds, double gcCpuSeconds, long residentBytes) {

    private static final double CLOCK_TICKS = 100.0;

    static Optional<ProcessUsage> of(long pid) {
        Path process = Path.of("/proc", String.valueOf(pid));
        try {
            double cpu = ticks(Files.readString(process.resolve("stat"))) / CLOCK_TICKS;
            long jit = 0;
            long gc = 0;
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(process.resolve("task"))) {
                for (Path thread : threads) {
                    String stat;
                    try {
                        stat = Files.readString(thread.resolve("stat"));
                    } catch (IOException ended) {
                        continue; // the thread ended while listed
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        jit += ticks(stat);
                    } else if (name.equals("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        gc += ticks(stat);
                    }
                }
            }
            long rss = Files.readAllLines(process.resolve("status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(0L);
            return Optional.of(new ProcessUsage(cpu, jit / CLOCK_TICKS, gc / CLOCK_TICKS, rss));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** User and system time of a process or thread, from its stat line. */
    private static long ticks(String stat) {
        // fields after the command name, which is in parentheses and may contain spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
