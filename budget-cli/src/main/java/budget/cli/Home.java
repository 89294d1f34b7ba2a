package budget.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The repository the launcher runs from (set by the ./budget script), where jars, samples and data live. */
public final class Home {

    private Home() {
    }

    /** Deletes a directory and everything in it; nothing happens when it does not exist. */
    public static void wipe(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public static Path path() {
        String home = System.getProperty("budget.home");
        Path path = Path.of(home == null ? "." : home).toAbsolutePath().normalize();
        if (!Files.exists(path.resolve("pom.xml"))) {
            throw new IllegalStateException(path + " is not the budget-pipeline repository; run ./budget from it");
        }
        return path;
    }
}
