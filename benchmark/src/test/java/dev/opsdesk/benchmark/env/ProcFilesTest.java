package dev.opsdesk.benchmark.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcFilesTest {

    @Test
    void readsResidentMemoryInMiB() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t  312320 kB\nVmRSS:\t  262144 kB\n";

        assertEquals(256, ProcFiles.statusMiB(status, "VmRSS").getAsLong());
        assertEquals(305, ProcFiles.statusMiB(status, "VmHWM").getAsLong());
        assertTrue(ProcFiles.statusMiB(status, "VmSwap").isEmpty());
    }

    @Test
    void readsCpuTimeAndParentEvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4242 (postgres: opsdesk (x) idle) S 4000 4242 4242 0 -1 4194560 500 0 0 0 1234 566 15 5 20 0 1 0 "
                + "99 1000 100 18446744073709551615";

        assertEquals(18.0, ProcFiles.cpuSeconds(stat), 1e-9);
        assertEquals(18.0 + 0.2, ProcFiles.cpuSecondsWithExitedChildren(stat), 1e-9);
        assertEquals(4000, ProcFiles.parentPid(stat));
    }

    @Test
    void readsTheCpuTimeOfThisProcess() {
        String stat = ProcFiles.stat(ProcessHandle.current().pid());

        assertTrue(ProcFiles.cpuSeconds(stat) > 0);
    }
}
