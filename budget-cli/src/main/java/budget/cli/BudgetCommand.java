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

    public static void main(String[] args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.exit(new CommandLine(new BudgetCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
