package org.zwgk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The policy editor's command: {@code rules validate|test|evaluate|diff|replay|show}. Exit codes: 0 ok, 1 errors or failures
 * found, 2 usage error.
 *
 * <pre>
 * bin/rules validate drl
 * bin/rules test drl
 * bin/rules evaluate examples/facts/district-department-2026-02.json --as-of 2026-03-10
 * bin/rules diff drl /tmp/drl-edited examples/facts/district-department-2026-02.json --as-of 2026-03-10
 * bin/rules facts
 * bin/rules calendar import 2027 notice.txt
 * bin/rules report --year 2025 examples/facts/township-ledger-2025.json
 * bin/rules replay decision.jsonl --archive /var/lib/zwgk/rules-archive
 * bin/rules show CYX21-16b
 * </pre>
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = RulesCommand.Version.class,
        description = "Check, test and preview the rulebook (DRL) of the disclosure duties.",
        subcommands = {ValidateCommand.class, TestCommand.class, EvaluateCommand.class, DiffCommand.class,
                CalendarCommand.class, ReportCommand.class, ReplayCommand.class, ShowCommand.class, FactsCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 errors or failures found, 2 usage error."})
public final class RulesCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FOUND = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    public static void main(String[] args) {
        Charset cs = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, cs), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, cs), true);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The command line with its output and error streams, as {@link #main} runs it (tests call it in-process). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RulesCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FOUND);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("错误：" + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return FOUND;
        });
        return cl;
    }

    /** UTF-8, unless the JVM reports another console encoding (a Windows console, say). */
    private static Charset consoleCharset() {
        String enc = System.getProperty("sun.stdout.encoding");
        try {
            return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = RulesCommand.class.getPackage().getImplementationVersion();
            return new String[]{"rules " + (v == null ? "(development build)" : v)};
        }
    }
}
