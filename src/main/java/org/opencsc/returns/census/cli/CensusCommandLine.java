package org.opencsc.returns.census.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * {@code java -jar opencsc.jar census export|validate|import ...}: the census without the web
 * server. The arguments are read first, so a usage error is answered at once (exit 2) without
 * starting anything; then the application starts with no web server on the configured database
 * (the embedded one, in the same data directory as the application, by default), runs the
 * command and stops: exit 0 when done, 1 when the rules found problems or a file was refused.
 *
 * <p>It never seeds the demo council. A fresh machine running {@code census export} on an empty
 * database would otherwise export the demo's invented children as the council's census; instead
 * the database is created and migrated as the application would, and an export of a database
 * with no children says so and writes nothing (exit 1): most likely the data directory or
 * OPENCSC_DB_URL is not the council's.
 */
public final class CensusCommandLine {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    /**
     * What the command line sets whatever the configuration (as arguments, which come before
     * application.yml and the environment): no web server, no demo data, quiet logs. The
     * context is still a web one, listening nowhere (server.port -1, as Spring Boot documents
     * it): with web-application-type none, the beans that answer HTTP (the error pages, the
     * security filter chains) have nothing to be built from, and each would need a condition.
     */
    static final String[] SETTINGS = {
            "--server.port=-1",
            "--spring.main.banner-mode=off",
            "--opencsc.demo-data=false",
            "--logging.level.root=WARN"};

    private CensusCommandLine() {
    }

    /** Whether these are the command line's arguments ("census ..."), not the application's. */
    public static boolean handles(String[] args) {
        return args.length > 0 && "census".equals(args[0]);
    }

    /** Runs "census ..." with the application class to start, and exits with its code. */
    public static void main(Class<?> application, String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(Arrays.copyOfRange(args, 1, args.length), () -> start(application), true, out, err);
        System.exit(code);
    }

    /**
     * Runs the arguments after "census" and returns the exit code; {@code spring} starts the
     * application (or hands an already running one, in tests) only once the arguments are good;
     * it is closed at the end when {@code stopAfter}.
     */
    public static int run(String[] args, Supplier<? extends ApplicationContext> spring, boolean stopAfter, PrintWriter out,
                          PrintWriter err) {
        CensusCommands.Context context = new CensusCommands.Context(spring, stopAfter, out, err);
        CommandLine cli = new CommandLine(new CensusCommands(), new CensusCommands.Factory(context))
                .setOut(out).setErr(err)
                .setExitCodeExceptionMapper(e -> PROBLEMS)
                .setParameterExceptionHandler((e, a) -> {
                    err.println(e.getMessage());
                    e.getCommandLine().usage(err);
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    err.println("census: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                    return e instanceof CensusCommands.UsageException ? USAGE : PROBLEMS;
                });
        try {
            return cli.execute(args);
        } finally {
            context.close();
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application) {
        return new SpringApplicationBuilder(application).run(SETTINGS);
    }
}
