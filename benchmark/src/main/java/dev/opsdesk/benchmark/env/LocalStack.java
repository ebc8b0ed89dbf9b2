package dev.opsdesk.benchmark.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the benchmark reads from the local stack of {@code deploy/local}: its pid files, its logs and
 * its token script. It never starts or stops the stack (only {@code services --restart} restarts a
 * service through {@code deploy/local/up}).
 */
public record LocalStack(Path repo) {

    public static final List<String> SERVICES =
            List.of("ticket-service", "routing-service", "qa-service", "reporting-service");

    /** The repository: the given folder, else the first parent of the working folder with deploy/local/up. */
    public static LocalStack find(Path given) {
        if (given != null) {
            return new LocalStack(given.toAbsolutePath().normalize());
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isExecutable(p.resolve("deploy/local/up"))) {
                return new LocalStack(p);
            }
        }
        throw new IllegalStateException("no deploy/local/up above " + Path.of("").toAbsolutePath() + "; pass --repo");
    }

    public Path state() {
        return repo.resolve("deploy/local/.state");
    }

    public Path log(String component) {
        return state().resolve("logs").resolve(component + ".log");
    }

    /** The live pid of a component (a service, kafka, postgres), read from the stack's pid files. */
    public Optional<Long> pid(String component) {
        Path file = "postgres".equals(component) ? state().resolve("pg/data/postmaster.pid")
                : state().resolve("pids").resolve(component + ".pid");
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").trim();
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts {@code deploy/local/up} without building: it starts whatever component of the stack is
     * not running (and leaves the others alone), then waits until every service is ready.
     * Its output goes to {@code output} (appended), or nowhere when null.
     */
    public Process startMissing(Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(repo.resolve("deploy/local/up").toString())
                .directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().put("OPSDESK_SKIP_BUILD", "1");
        return builder.start();
    }

    /** A bearer token from {@code deploy/local/token TENANT ROLE}. */
    public String token(String tenant, String role) {
        return run(List.of(repo.resolve("deploy/local/token").toString(), tenant, role), 30).trim();
    }

    /** Runs a command in the repository, returns its standard output; fails on a non-zero exit. */
    public String run(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).directory(repo.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException(command + " did not finish within " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited with " + process.exitValue());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
