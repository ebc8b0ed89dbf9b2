package dev.opsdesk.benchmark.env;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;

/** The machine and software a report's figures come from. */
public record MachineInfo(String cpuModel, int cores, double ramGiB, String os, String kernel, String jdk,
                          String loadAverage, String kafkaClient, String quarkus, String gitCommit) {

    public static MachineInfo collect(LocalStack stack) {
        String cpuinfo = ProcFiles.read(Path.of("/proc/cpuinfo"));
        String meminfo = ProcFiles.read(Path.of("/proc/meminfo"));
        return new MachineInfo(first(cpuinfo, "(?m)^model name\\s*:\\s*(.+)$", "unknown"),
                Runtime.getRuntime().availableProcessors(),
                ProcFiles.statusMiB(meminfo, "MemTotal").orElse(0) * 100 / 1024 / 100.0,
                first(ProcFiles.read(Path.of("/etc/os-release")), "(?m)^PRETTY_NAME=\"?([^\"\\n]+)\"?$",
                        System.getProperty("os.name")),
                System.getProperty("os.version"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                currentLoadAverage(),
                AppInfoParser.getVersion(),
                first(ProcFiles.read(stack.log("ticket-service")), "powered by Quarkus ([0-9][^)\\s]*)", "unknown"),
                gitCommit(stack));
    }

    /** The 1, 5 and 15 minute load averages: on a shared machine, how busy it was besides us. */
    public static String currentLoadAverage() {
        String[] parts = ProcFiles.read(Path.of("/proc/loadavg")).trim().split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
    }

    private static String gitCommit(LocalStack stack) {
        try {
            String commit = stack.run(List.of("git", "rev-parse", "--short", "HEAD"), 10).trim();
            boolean dirty = !stack.run(List.of("git", "status", "--porcelain", "--untracked-files=no"), 10).isBlank();
            return commit + (dirty ? " (with uncommitted changes)" : "");
        } catch (IllegalStateException e) {
            return "unknown";
        }
    }

    static String first(String text, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1).trim() : otherwise;
    }
}
