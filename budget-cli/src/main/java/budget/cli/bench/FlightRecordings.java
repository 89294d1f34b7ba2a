package budget.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Java Flight Recordings of the stack's processes, started and stopped with the JDK's jcmd; with the JDK's
 * "profile" settings (a Java stack sample every 10 ms of running, twice the default's rate).
 */
final class FlightRecordings {

    private static final String NAME = "budget-bench";

    private FlightRecordings() {
    }

    static void start(Map<String, Long> pids, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        for (var process : pids.entrySet()) {
            jcmd(process.getValue(), "JFR.start", "name=" + NAME, "settings=profile",
                    "filename=" + folder.resolve(process.getKey() + ".jfr").toAbsolutePath());
        }
    }

    static void stop(Map<String, Long> pids) throws IOException, InterruptedException {
        for (long pid : pids.values()) {
            jcmd(pid, "JFR.stop", "name=" + NAME);
        }
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException("--profile needs a JDK (no " + jcmd + ")");
        }
        List<String> args = new ArrayList<>(List.of(jcmd.toString(), String.valueOf(pid)));
        args.addAll(List.of(command));
        Process process = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " " + String.join(" ", command) + " failed");
        }
    }
}
