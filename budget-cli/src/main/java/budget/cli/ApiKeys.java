package budget.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The local run's API key: generated once into the data directory (readable by the owner only) and
 * found there again by every later command; BUDGET_API_KEY in the environment takes precedence.
 */
public final class ApiKeys {

    private ApiKeys() {
    }

    public static String localKey(Path dataDir) throws IOException {
        String fromEnvironment = System.getenv("BUDGET_API_KEY");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        Path file = dataDir.resolve("api-key");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String key = HexFormat.of().formatHex(random);
        Files.createDirectories(dataDir);
        Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // on a file system without POSIX permissions the key stays as the directory allows
        }
        return key;
    }
}
