package budget.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Starts a service with two configuration files: the shared {@code budget-pipeline.yml} (topics, broker,
 * MongoDB, limits) and the service's own {@code <service>.yml}. Distinct names let the four services share
 * one classpath in the end-to-end tests without their settings shadowing each other.
 */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String serviceName, String... args) {
        List<String> all = new ArrayList<>();
        all.add("--spring.config.name=budget-pipeline," + serviceName);
        all.add("--spring.application.name=" + serviceName);
        all.addAll(List.of(args));
        watchParent();
        return new SpringApplicationBuilder(application).run(all.toArray(String[]::new));
    }

    /**
     * Under {@code budget up} (system property budget.parent-pid), exit when the launcher is gone, so a
     * launcher killed without cleaning up leaves no orphan service behind.
     */
    private static void watchParent() {
        String parent = System.getProperty("budget.parent-pid");
        if (parent == null) {
            return;
        }
        long pid = Long.parseLong(parent);
        Thread watch = new Thread(() -> {
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(0);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
