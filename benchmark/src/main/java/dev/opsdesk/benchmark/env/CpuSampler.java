package dev.opsdesk.benchmark.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU used by each component of the stack (and by the benchmark itself) between two points in
 * time, in cores (1.0 = one core busy). PostgreSQL counts the postmaster and all its backends.
 * Backends that exit between two samples are counted through the postmaster's children's time.
 * On a shared 2-core machine this shows who was competing for the CPU during a step.
 */
public final class CpuSampler {

    private final LocalStack stack;
    private final Map<String, Double> start;
    private final long startNanos;

    private CpuSampler(LocalStack stack) {
        this.stack = stack;
        this.start = sample();
        this.startNanos = System.nanoTime();
    }

    public static CpuSampler start(LocalStack stack) {
        return new CpuSampler(stack);
    }

    /** Cores used per component since {@link #start}, rounded to 0.01. */
    public Map<String, Double> coresSinceStart() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Map<String, Double> now = sample();
        Map<String, Double> cores = new LinkedHashMap<>();
        now.forEach((name, cpu) -> {
            Double before = start.get(name);
            if (before != null && seconds > 0) {
                cores.put(name, Math.round((cpu - before) / seconds * 100) / 100.0);
            }
        });
        return cores;
    }

    private Map<String, Double> sample() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (String service : LocalStack.SERVICES) {
            stack.pid(service).ifPresent(pid -> cpu.put(service, cpuOf(pid)));
        }
        stack.pid("kafka").ifPresent(pid -> cpu.put("kafka", cpuOf(pid)));
        stack.pid("postgres").ifPresent(pid -> cpu.put("postgres", postmasterAndExitedBackends(pid) + childrenCpu(pid)));
        cpu.put("benchmark", cpuOf(ProcessHandle.current().pid()));
        return cpu;
    }

    private static double cpuOf(long pid) {
        String stat = ProcFiles.stat(pid);
        return stat.isEmpty() ? 0 : ProcFiles.cpuSeconds(stat);
    }

    private static double postmasterAndExitedBackends(long pid) {
        String stat = ProcFiles.stat(pid);
        return stat.isEmpty() ? 0 : ProcFiles.cpuSecondsWithExitedChildren(stat);
    }

    private static double childrenCpu(long parent) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(n -> ProcFiles.read(Path.of("/proc", n, "stat")))
                    .filter(stat -> !stat.isEmpty() && ProcFiles.parentPid(stat) == parent)
                    .mapToDouble(ProcFiles::cpuSeconds).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
