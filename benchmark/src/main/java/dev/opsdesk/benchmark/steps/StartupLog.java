package dev.opsdesk.benchmark.steps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Quarkus' start-up line: {@code ticket-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.34.1) started in 2.345s.} */
final class StartupLog {

    private static final Pattern STARTED = Pattern.compile("\\bstarted in (\\d+(?:\\.\\d+)?)s\\b");

    private StartupLog() {
    }

    /** The seconds of the last start-up line in the log, or null when there is none. */
    static Double lastStartedIn(String log) {
        Matcher m = STARTED.matcher(log);
        Double last = null;
        while (m.find()) {
            last = Double.parseDouble(m.group(1));
        }
        return last;
    }
}
