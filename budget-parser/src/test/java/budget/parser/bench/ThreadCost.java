package budget.parser.bench;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * What a piece of work cost the thread that did it (and the whole process): wall time, CPU time and bytes allocated,
 * read from the JVM's thread and process beans around it. The thread's CPU time is the figure that holds on a
 * loaded machine; the benchmarks print it per document or page.
 *
 * @param units what the work counted (documents, rounds)
 */
public record ThreadCost(long units, double seconds, double cpuSeconds, double processCpuSeconds, long allocatedBytes) {

    /** Runs the work, which returns how many units it did, on this thread and measures it. */
    public static ThreadCost of(LongSupplier work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        long processBefore = process.getProcessCpuTime();
        long start = System.nanoTime();
        long units = work.getAsLong();
        return new ThreadCost(units, (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9,
                (process.getProcessCpuTime() - processBefore) / 1e9,
                threads.getThreadAllocatedBytes(thread) - allocatedBefore);
    }

    /** Units done per second of the thread's CPU: the figure for one core, whatever else the machine runs. */
    public double perCpuSecond() {
        return units / cpuSeconds;
    }

    public double cpuMicrosPerUnit() {
        return cpuSeconds * 1e6 / units;
    }

    public double allocatedKbPerUnit() {
        return allocatedBytes / 1024.0 / units;
    }
}
