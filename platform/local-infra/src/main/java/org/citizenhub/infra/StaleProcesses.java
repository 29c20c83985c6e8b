package org.citizenhub.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Pid files for child processes, so that a server left behind by a JVM that was killed (no shutdown hook ran)
 * is stopped by the next start in the same work directory instead of blocking its port.
 */
final class StaleProcesses {

    private static final System.Logger LOG = System.getLogger(StaleProcesses.class.getName());

    private StaleProcesses() {
    }

    static void record(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not write pid file " + pidFile, e);
        }
    }

    static void forget(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /**
     * Stops the process named in {@code pidFile} if it is still alive and its command line contains
     * {@code commandMarker} (so a recycled pid of an unrelated process is never touched).
     */
    static void killLeftover(Path pidFile, String commandMarker) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).lines().findFirst().orElse("").trim());
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive() && commandLine(handle.get()).contains(commandMarker)) {
                LOG.log(System.Logger.Level.WARNING, "stopping leftover process " + pid + " (" + commandMarker
                        + ") from an earlier run that did not shut down");
                kill(handle.get(), Duration.ofSeconds(20));
            }
        } catch (IOException | NumberFormatException e) {
            LOG.log(System.Logger.Level.DEBUG, "unreadable pid file " + pidFile, e);
        }
        forget(pidFile);
    }

    static String commandLine(ProcessHandle handle) {
        try {
            // /proc/<pid>/cmdline is complete where ProcessHandle.Info may truncate
            Path cmdline = Path.of("/proc", Long.toString(handle.pid()), "cmdline");
            if (Files.isReadable(cmdline)) {
                return Files.readString(cmdline).replace('\0', ' ');
            }
        } catch (IOException ignored) {
            // fall through
        }
        return handle.info().commandLine().orElse("");
    }

    /** TERM the process and its descendants, wait, then KILL what is left. */
    static void kill(ProcessHandle handle, Duration grace) {
        var descendants = handle.descendants().toList();
        handle.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
        for (ProcessHandle d : descendants) {
            try {
                d.onExit().get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                d.destroyForcibly();
            }
        }
    }
}
