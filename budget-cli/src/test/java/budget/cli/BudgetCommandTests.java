package budget.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** What a command that cannot run says, and its exit code. */
class BudgetCommandTests {

    @Command(name = "busy")
    static final class Busy implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("port 27018 is already in use (another ./budget up or bench still running?)");
        }
    }

    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new NullPointerException("a launcher fault");
        }
    }

    @Test
    void aCommandThatCannotRunSaysWhyInOneLineNamingItself() {
        StringWriter err = new StringWriter();
        CommandLine budget = BudgetCommand.commandLine().addSubcommand(new Busy()).setErr(new PrintWriter(err, true));

        int exit = budget.execute("busy");

        assertThat(exit).isEqualTo(BudgetCommand.COULD_NOT_RUN);
        assertThat(err.toString().strip()).isEqualTo(
                "budget busy: port 27018 is already in use (another ./budget up or bench still running?)");
    }

    @Test
    void aFaultOfTheLauncherIsPrintedWhole() {
        StringWriter err = new StringWriter();
        CommandLine budget = BudgetCommand.commandLine().addSubcommand(new Broken()).setErr(new PrintWriter(err, true));

        int exit = budget.execute("broken");

        assertThat(exit).isEqualTo(BudgetCommand.COULD_NOT_RUN);
        assertThat(err.toString()).startsWith("budget broken: failed: java.lang.NullPointerException: a launcher fault")
                .contains("at budget.cli.BudgetCommandTests$Broken.call");
    }
}
