package budget.cli;

import budget.cli.bench.BenchCommand;
import budget.cli.check.CheckCommand;
import budget.cli.check.ParseCommand;
import budget.cli.ops.OpsCommand;
import budget.cli.up.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The ./budget launcher: one entry point for running, checking and operating the pipeline. */
@Command(name = "budget", mixinStandardHelpOptions = true, version = "budget-pipeline 0.1.0",
        description = "Budget disclosures into validated, queryable records over Kafka and MongoDB.",
        subcommands = {UpCommand.class, ParseCommand.class, CheckCommand.class, OpsCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class BudgetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The exit code of a command that could not do its work (a port in use, a service not answering, ...). */
    public static final int COULD_NOT_RUN = 3;

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new BudgetCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(BudgetCommand::couldNotRun);
    }

    /**
     * What stops a command from running (the state of the machine, an argument, a file or a service) is said in
     * one line naming the command; anything else is a fault of the launcher, printed whole.
     */
    private static int couldNotRun(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        String name = command.getCommandSpec().qualifiedName();
        if (e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            command.getErr().println(name + ": " + e.getMessage());
        } else {
            command.getErr().println(name + ": failed: " + e);
            e.printStackTrace(command.getErr());
        }
        return COULD_NOT_RUN;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
