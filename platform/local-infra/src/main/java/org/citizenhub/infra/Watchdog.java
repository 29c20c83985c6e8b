package org.citizenhub.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a child process's command in a small shell that stops the child when the JVM that started it disappears
 * (even by {@code kill -9}, when no shutdown hook runs), or on TERM/INT, so no server outlives the process that
 * started it.
 */
public final class Watchdog {

    /** Runs "$@" in the background; stops it on TERM/INT or when the parent pid ($1) is gone. */
    private static final String SCRIPT = """
            parent=$1; shift
            "$@" &
            child=$!
            trap 'kill -TERM $child 2>/dev/null; wait $child; exit 143' TERM INT
            while kill -0 "$parent" 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1 & wait $!; done
            kill -TERM $child 2>/dev/null
            wait $child
            """;

    private Watchdog() {
    }

    /** The command line that runs {@code command} watched by a shell named {@code name} for this JVM. */
    public static List<String> watched(String name, List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", SCRIPT, name,
                Long.toString(ProcessHandle.current().pid())));
        wrapped.addAll(command);
        return wrapped;
    }
}
