package budget.cli.up;

import budget.events.EventJson;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A JVM started by {@code budget up}, with its output in a log file. */
final class ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final Instant startedAt = Instant.now();
    /** Set before the stack stops it, so its exit is not taken for a crash. */
    private volatile boolean stopRequested;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ChildProcess start(String name, List<String> command, Path logDir) throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildProcess(name, process, log);
    }

    /** Runs a command to completion (e.g. formatting the broker's storage); fails with its output. */
    static void runToCompletion(String name, List<String> command, Path logDir, Duration timeout)
            throws IOException, InterruptedException {
        ChildProcess child = start(name, command, logDir);
        if (!child.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            child.process.destroyForcibly();
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s; see " + child.log);
        }
        if (child.process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed (exit " + child.process.exitValue() + "):\n" + child.tail());
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Runs {@code then} with the exit code once the process has exited, however it ended. */
    void onExit(java.util.function.IntConsumer then) {
        process.onExit().thenRun(() -> then.accept(process.exitValue()));
    }

    /** How long it has run (asked when it exits: how long it ran). */
    Duration uptime() {
        return Duration.between(startedAt, Instant.now());
    }

    boolean stopRequested() {
        return stopRequested;
    }

    /** Appends a line of the launcher's own to the process's log (a restart, why). */
    void note(String line) {
        try {
            Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the log is for people; a line that cannot be written there is still printed
        }
    }

    void awaitPort(int port, Duration timeout) throws InterruptedException {
        await(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return true;
            } catch (IOException e) {
                return false;
            }
        }, timeout, "port " + port);
    }

    void awaitHealthy(int port, Duration timeout) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        await(() -> {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200
                        && "UP".equals(EventJson.mapper().readTree(response.body()).path("status").asString());
            } catch (IOException | RuntimeException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, timeout, "a healthy /actuator/health on port " + port);
    }

    private void await(BooleanSupplier ready, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited (code " + process.exitValue() + ") before "
                        + what + ":\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not offer " + what + " within " + timeout.toSeconds()
                        + " s; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** SIGKILL, and waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the process to stop (SIGTERM: Spring and Kafka shut down cleanly), then insists. */
    void stop(Duration grace) {
        stopRequested = true;
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
