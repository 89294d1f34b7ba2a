package budget.cli.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time and resident memory of a process, from /proc (Linux), with the CPU of its JVM's own threads told apart:
 * the JIT compiler's threads and the garbage collector's (with the serial collector, the VM thread, which also runs
 * the other safepoint operations). On two cores shared by seven JVMs the compilers take a large share for the first
 * few thousand documents (code run about once per document reaches C2 only after thousands of calls), so a
 * run's figures say how much of its CPU was warm-up.
 *
 * <p>The JVM starts and ends compiler threads as its queue grows and shrinks, so the JIT's and the GC's CPU over an
 * interval is summed per thread ({@link #since}): a thread that ended in between counts nothing (what it did before
 * ending is lost with it, a slight underestimate), one that started counts all it did.
 */
record ProcessUsage(double cpuSeconds, Map<Long, Long> jitTicks, Map<Long, Long> gcTicks, long residentBytes) {

    private static final double CLOCK_TICKS = 100.0;

    /** What a process did between two readings of it. */
    record Interval(double cpuSeconds, double jitCpuSeconds, double gcCpuSeconds) {
    }

    static Optional<ProcessUsage> of(long pid) {
        Path process = Path.of("/proc", String.valueOf(pid));
        try {
            double cpu = ticks(Files.readString(process.resolve("stat"))) / CLOCK_TICKS;
            Map<Long, Long> jit = new HashMap<>();
            Map<Long, Long> gc = new HashMap<>();
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(process.resolve("task"))) {
                for (Path thread : threads) {
                    String stat;
                    try {
                        stat = Files.readString(thread.resolve("stat"));
                    } catch (IOException ended) {
                        continue; // the thread ended while listed
                    }
                    long tid = Long.parseLong(thread.getFileName().toString());
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.contains("CompilerThre")) {
                        jit.put(tid, ticks(stat));
                    } else if (name.equals("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                        gc.put(tid, ticks(stat));
                    }
                }
            }
            long rss = Files.readAllLines(process.resolve("status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(0L);
            return Optional.of(new ProcessUsage(cpu, Map.copyOf(jit), Map.copyOf(gc), rss));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What the process did since an earlier reading of it (null: since it started). */
    Interval since(ProcessUsage start) {
        return new Interval(cpuSeconds - (start == null ? 0 : start.cpuSeconds),
                threadTicksSince(jitTicks, start == null ? Map.of() : start.jitTicks) / CLOCK_TICKS,
                threadTicksSince(gcTicks, start == null ? Map.of() : start.gcTicks) / CLOCK_TICKS);
    }

    private static long threadTicksSince(Map<Long, Long> now, Map<Long, Long> then) {
        long sum = 0;
        for (Map.Entry<Long, Long> thread : now.entrySet()) {
            // a thread id the kernel reused for another thread counts from zero
            long before = then.getOrDefault(thread.getKey(), 0L);
            sum += thread.getValue() >= before ? thread.getValue() - before : thread.getValue();
        }
        return sum;
    }

    /** User and system time of a process or thread, from its stat line. */
    private static long ticks(String stat) {
        // fields after the command name, which is in parentheses and may contain spaces
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
