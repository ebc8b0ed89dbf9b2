package dev.opsdesk.benchmark.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Linux' /proc: resident memory from {@code status}, CPU time from {@code stat}. */
public final class ProcFiles {

    /** USER_HZ; 100 on every Linux this runs on (getconf CLK_TCK). */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcFiles() {
    }

    /** A {@code kB} field of /proc/PID/status (e.g. VmRSS, VmHWM) in MiB. */
    public static OptionalLong statusMiB(String status, String field) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(field) + ":\\s+(\\d+)\\s+kB").matcher(status);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) / 1024) : OptionalLong.empty();
    }

    public static String status(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "status"));
    }

    /** utime + stime of /proc/PID/stat in seconds; the command name may hold spaces and parentheses. */
    public static double cpuSeconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // after "pid (comm) " the fields start at state (field 3): utime is field 14, stime 15
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    /**
     * utime + stime + cutime + cstime: also the CPU of the children that exited and were waited for
     * (PostgreSQL backends of closed connections end up in their postmaster's cutime/cstime).
     */
    public static double cpuSecondsWithExitedChildren(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
    }

    /** The parent pid in /proc/PID/stat (field 4). */
    public static long parentPid(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(fields[1]);
    }

    public static String stat(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat"));
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            return "";
        }
    }
}
