package org.chorus.mailbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The messages received since start, newest first. Bounded, because the local platform may run for days and a test
 * suite can send thousands of mails: the oldest are dropped first.
 */
final class MessageStore {

    private final int capacity;
    private final Deque<StoredMessage> newestFirst = new ArrayDeque<>();

    MessageStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    synchronized void add(StoredMessage message) {
        newestFirst.addFirst(message);
        while (newestFirst.size() > capacity) {
            newestFirst.removeLast();
        }
    }

    synchronized List<StoredMessage> newestFirst() {
        return List.copyOf(newestFirst);
    }

    List<StoredMessage> addressedTo(String address) {
        return newestFirst().stream().filter(message -> message.isAddressedTo(address)).toList();
    }

    synchronized Optional<StoredMessage> find(String id) {
        return newestFirst.stream().filter(message -> message.id().equals(id)).findFirst();
    }

    synchronized void clear() {
        newestFirst.clear();
    }
}
