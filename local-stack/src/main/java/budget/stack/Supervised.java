package budget.stack;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Runs a main class as a child of {@code budget up} and exits when that parent is gone, so a launcher killed
 * without a chance to clean up (kill -9, a closed terminal) never leaves an orphan broker or store behind.
 *
 * <p>Usage: {@code Supervised <parent-pid> <main-class> [args...]}.
 */
public final class Supervised {

    private Supervised() {
    }

    public static void main(String[] args) throws Exception {
        long parentPid = Long.parseLong(args[0]);
        Thread watch = new Thread(() -> {
            while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.err.println("parent process " + parentPid + " is gone; stopping");
            System.exit(0);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
