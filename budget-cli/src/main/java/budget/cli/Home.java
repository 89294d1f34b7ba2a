package budget.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the launcher runs from (set by the ./budget script), where jars, samples and data live. */
public final class Home {

    private Home() {
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
