package org.opencsc.returns.census.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.opencsc.platform.validation.ValidationException;
import java.util.Optional;
import org.opencsc.returns.CensusAccess;
import org.opencsc.returns.census.CensusYear;
import org.opencsc.returns.census.load.ImportResult;
import org.opencsc.returns.census.rules.CensusProblem;
import org.opencsc.returns.census.rules.RuleType;
import org.opencsc.returns.census.web.CensusCsv;
import org.opencsc.returns.census.web.CensusImports;
import org.opencsc.returns.census.web.CensusReturn;
import org.opencsc.returns.census.web.CensusYears;
import org.opencsc.returns.census.xml.FileProblem;
import org.opencsc.security.AccessLog;
import org.opencsc.security.CurrentUser;
import org.opencsc.security.UserRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The census commands: export, validate and import. See {@link CensusCommandLine}. */
@Command(name = "census", mixinStandardHelpOptions = true,
        description = "The Children in Need census without the web server: export a year, check a file, import a file.",
        subcommands = {CensusCommands.Export.class, CensusCommands.Validate.class, CensusCommands.Import.class})
final class CensusCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: export, validate or import");
    }

    /** An argument found wrong only once the application had started (a year not yet begun): exit 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The application, started on first use, and where the commands write. */
    static final class Context {

        private final Supplier<? extends ApplicationContext> spring;
        private final boolean stopAfter;
        final PrintWriter out;
        final PrintWriter err;
        private ApplicationContext started;

        Context(Supplier<? extends ApplicationContext> spring, boolean stopAfter, PrintWriter out, PrintWriter err) {
            this.spring = spring;
            this.stopAfter = stopAfter;
            this.out = out;
            this.err = err;
        }

        <T> T bean(Class<T> type) {
            if (started == null) {
                started = spring.get();
            }
            return started.getBean(type);
        }

        void close() {
            out.flush();
            err.flush();
            if (stopAfter && started instanceof ConfigurableApplicationContext c) {
                c.close();
            }
        }
    }

    /** Gives each command the context. */
    static final class Factory implements CommandLine.IFactory {

        private final Context context;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(Context context) {
            this.context = context;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Context.class).newInstance(context);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
        }
    }

    /** Who ran it, for the access log: the command line has no signed-in user, so the system user. */
    static CensusReturn.Requester requester(String command) {
        return new CensusReturn.Requester("cli:" + System.getProperty("user.name", "unknown"), AccessLog.Channel.CLI,
                "census " + command);
    }

    static CensusYear year(Context context, String raw) {
        try {
            return CensusYears.parse(raw, "--year", context.bean(Clock.class));
        } catch (ValidationException e) {
            throw new UsageException(e.problems().getFirst().message());
        }
    }

    static Path readableFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("There is no file " + file.toAbsolutePath());
        }
        if (!Files.isReadable(file)) {
            throw new UsageException("The file " + file.toAbsolutePath() + " cannot be read (permissions)");
        }
        return file;
    }

    static Path writableTarget(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("There is no directory " + dir + " to write " + file.getFileName() + " in");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file.toAbsolutePath() + " is a directory: give a file name");
        }
        return file;
    }

    /** Writes to a temporary file beside the target and moves it into place, so a failure leaves no half-written file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static void writeWhole(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static long errors(List<CensusProblem> problems) {
        return problems.stream().filter(p -> p.type() == RuleType.ERROR).count();
    }

    /** "12 errors and 3 queries", then one line a failing rule. */
    static void summarise(PrintWriter out, List<CensusProblem> problems) {
        long errors = errors(problems);
        long queries = problems.size() - errors;
        out.println(errors + (errors == 1 ? " error" : " errors") + " and " + queries + (queries == 1 ? " query" : " queries"));
        problems.stream().collect(java.util.stream.Collectors.groupingBy(CensusProblem::ruleCode, java.util.TreeMap::new,
                        java.util.stream.Collectors.toList()))
                .forEach((code, list) -> out.printf("  %-6s %-5s %6d  %s%n", code,
                        list.getFirst().type() == RuleType.ERROR ? "error" : "query", list.size(), list.getFirst().message()));
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Exports a collection year as the DfE XML, and checks it against the rules. "
                    + "Exit 0: written, no errors; 1: written but the rules found errors or a child could not be exported "
                    + "(or there were no children: nothing written); 2: usage.")
    static final class Export implements Callable<Integer> {

        private final Context context;

        @Option(names = "--year", required = true, paramLabel = "YEAR",
                description = "The year of the reference date (31 March): 2026 is 1 April 2025 to 31 March 2026")
        String year;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the XML")
        Path out;

        Export(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            if (!year.matches("[0-9]{4}")) {
                throw new UsageException("‘" + year + "’ is not a census year: give the year of its reference date, such as 2026");
            }
            writableTarget(out);
            CensusYear census = year(context, year);
            CensusReturn returns = context.bean(CensusReturn.class);
            CensusReturn.Exported exported = returns.export(census, requester("export --year " + year), "export");
            int children = exported.message().children().size();
            if (children == 0 && exported.result().unexportable().isEmpty()) {
                context.err.println("No child was a child in need in " + census.label() + " in this database, so nothing was "
                        + "written. Is it the council's? (the embedded database's directory is OPENCSC_DATA_DIR; "
                        + "OPENCSC_DB_URL names a server)");
                return CensusCommandLine.PROBLEMS;
            }
            writeWhole(out, o -> returns.writeXml(exported.message(), o));
            context.out.println("Wrote the " + census.label() + " census to " + out + ": " + children
                    + (children == 1 ? " child" : " children"));
            exported.result().unexportable().forEach(u -> context.out.println("  not exported: LAchildID " + u.laChildId()
                    + ": " + u.reason()));
            summarise(context.out, exported.problems());
            return errors(exported.problems()) > 0 || !exported.result().unexportable().isEmpty()
                    ? CensusCommandLine.PROBLEMS : CensusCommandLine.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks a census file against the 2025 to 2026 schema and the DfE rules; loads nothing. "
                    + "Exit 0: no errors (queries may remain); 1: the file was refused or has errors; 2: usage.")
    static final class Validate implements Callable<Integer> {

        private final Context context;

        @Parameters(index = "0", paramLabel = "FILE", description = "The census XML")
        Path file;

        @Option(names = "--report", paramLabel = "CSV",
                description = "Write every problem here: LAchildID,rule_code,type,module,fields,message")
        Path report;

        Validate(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            readableFile(file);
            if (report != null) {
                writableTarget(report);
            }
            CensusReturn.FileCheck check;
            try (InputStream in = Files.newInputStream(file)) {
                check = context.bean(CensusReturn.class).check(in);
            }
            if (check.refused()) {
                context.out.println(file + " was refused: the schema does not accept it, so the rules were not run");
                for (FileProblem p : check.fileProblems()) {
                    context.out.println("  line " + p.line() + ", column " + p.column() + ": " + p.message());
                }
                return CensusCommandLine.PROBLEMS;
            }
            int children = check.message().map(m -> m.children().size()).orElse(0);
            context.out.println(file + ": the " + check.year().label() + " census, " + children
                    + (children == 1 ? " child" : " children"));
            summarise(context.out, check.problems());
            if (report != null) {
                writeWhole(report, o -> {
                    Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8);
                    CensusCsv.write(check.problems(), w);
                    w.flush();
                });
                context.out.println("Wrote " + check.problems().size() + " problems to " + report);
            }
            return errors(check.problems()) > 0 ? CensusCommandLine.PROBLEMS : CensusCommandLine.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Imports a census file from another system, as a data and performance officer. "
                    + "Exit 0: imported; 1: refused (the file, or the user); 2: usage.")
    static final class Import implements Callable<Integer> {

        private final Context context;

        @Parameters(index = "0", paramLabel = "FILE", description = "The census XML")
        Path file;

        @Option(names = "--user", required = true, paramLabel = "USERNAME",
                description = "The data and performance officer the import is recorded as")
        String username;

        Import(Context context) {
            this.context = context;
        }

        @Override
        public Integer call() throws IOException {
            readableFile(file);
            Optional<CurrentUser> user = context.bean(UserRepository.class).findByUsername(username);
            if (user.isEmpty() || !user.get().active() || !CensusAccess.canImport(user.get().role())) {
                context.err.println("census: " + username + " is not an active data and performance officer's account: "
                        + CensusAccess.Operation.IMPORT.refusal());
                return CensusCommandLine.PROBLEMS;
            }
            try (InputStream in = Files.newInputStream(file)) {
                ImportResult result = context.bean(CensusImports.class).importFile(in, file.getFileName().toString(),
                        user.get(), requester("import " + file.getFileName()));
                if (result.refused()) {
                    context.out.println(file + " was refused: nothing was loaded");
                    result.problems().forEach(p -> context.out.println("  " + (p.line() == null ? ""
                            : "line " + p.line() + ", column " + p.column() + ": ") + (p.laChildId() == null ? ""
                            : "LAchildID " + p.laChildId() + ": ") + p.message()));
                    return CensusCommandLine.PROBLEMS;
                }
                context.out.println((result.alreadyImported() ? file + " was imported before: nothing changed. "
                        : "Imported " + file + ": ") + result.children() + " children (" + result.childrenCreated()
                        + " new, " + result.childrenMatched() + " matched, " + result.childrenToDecide()
                        + " uncertain matches to decide)");
                result.added().forEach((kind, n) -> context.out.println("  added " + n + " " + kind));
                result.notes().forEach(n -> context.out.println("  note: " + n));
            }
            return CensusCommandLine.OK;
        }
    }
}
