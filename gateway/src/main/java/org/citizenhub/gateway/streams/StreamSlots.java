package org.citizenhub.gateway.streams;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The open streams of one stream route in this gateway instance: at most {@code maxOpen} in all and
 * {@code maxOpenPerClient} per client address. A slot is taken when a stream is let through and given back when it
 * ends, however it ends (the service finished it, the client left, an error).
 *
 * <p>Synchronized: streams are opened and closed rarely compared with the requests they carry, and a lock keeps
 * both counts consistent without a compare-and-set dance.
 */
final class StreamSlots {

    /** Why a stream was refused. */
    enum Refusal { CLIENT_FULL, INSTANCE_FULL }

    private final int maxOpen;
    private final int maxOpenPerClient;
    private final Map<String, Integer> perClient = new HashMap<>();
    private int open;

    StreamSlots(int maxOpen, int maxOpenPerClient) {
        if (maxOpen < 1 || maxOpenPerClient < 1) {
            throw new IllegalArgumentException("stream limits must be positive: " + maxOpen + "/" + maxOpenPerClient);
        }
        this.maxOpen = maxOpen;
        this.maxOpenPerClient = maxOpenPerClient;
    }

    /** Takes a slot for {@code client}, or says why not (the client's own limit is reported first). */
    synchronized Optional<Refusal> tryAcquire(String client) {
        int mine = perClient.getOrDefault(client, 0);
        if (mine >= maxOpenPerClient) {
            return Optional.of(Refusal.CLIENT_FULL);
        }
        if (open >= maxOpen) {
            return Optional.of(Refusal.INSTANCE_FULL);
        }
        perClient.put(client, mine + 1);
        open++;
        return Optional.empty();
    }

    /** Gives back a slot taken by {@link #tryAcquire}; call exactly once per slot taken. */
    synchronized void release(String client) {
        Integer mine = perClient.get(client);
        if (mine == null) {
            throw new IllegalStateException("no stream open for " + client);
        }
        if (mine == 1) {
            perClient.remove(client);
        } else {
            perClient.put(client, mine - 1);
        }
        open--;
    }

    synchronized int open() {
        return open;
    }

    synchronized int clients() {
        return perClient.size();
    }

    int maxOpen() {
        return maxOpen;
    }

    int maxOpenPerClient() {
        return maxOpenPerClient;
    }
}
