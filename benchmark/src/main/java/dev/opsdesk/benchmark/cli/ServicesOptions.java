package dev.opsdesk.benchmark.cli;

import picocli.CommandLine.Option;

/** Start-up time and memory. */
final class ServicesOptions {

    @Option(names = "--restart-services", negatable = true,
            description = "Restart each service to time its start-up to ready (full: yes, quick: no, which reads the logs only).")
    Boolean restart;
}
