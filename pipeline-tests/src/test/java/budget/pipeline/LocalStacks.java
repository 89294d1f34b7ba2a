package budget.pipeline;

import budget.cli.up.LocalStack;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Starts a {@link LocalStack} (the processes of {@code budget up}: brokers, the store and the services, each
 * its own JVM) for a test, on ports of its own: others may run stacks on this machine.
 */
final class LocalStacks {

    private LocalStacks() {
    }

    static LocalStack start(Path data, LocalStack.Shape shape, UnaryOperator<LocalStack> configure) throws Exception {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            // see LocalStack.Ports for the layout: brokers +2 each, instances +10 each. Below Linux's ephemeral
            // ports (32768 on): a port checked free at the start could else be taken by some client's connection
            // before the service that is to listen on it starts (a scale-out run failed so on a busy machine)
            int base = 20_000 + 10 * ThreadLocalRandom.current().nextInt(1_270);
            var ports = new LocalStack.Ports(base, base + 1, base + 7, base + 11, base + 12, base + 13, base + 14);
            LocalStack stack = configure.apply(new LocalStack(Path.of("..").toAbsolutePath().normalize(), data, ports,
                    Pipeline.API_KEY, shape));
            try {
                stack.startInfrastructure();
            } catch (IllegalStateException e) {
                stack.close();
                if (!e.getMessage().contains("already in use")) {
                    throw e;
                }
                last = e;
                continue;
            }
            try {
                stack.startServices();
            } catch (RuntimeException e) {
                stack.close();
                throw new IllegalStateException("the services did not start; logs in " + stack.logs(), e);
            }
            return stack;
        }
        throw last;
    }
}
