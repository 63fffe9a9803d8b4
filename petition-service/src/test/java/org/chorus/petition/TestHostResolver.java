package org.chorus.petition;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.chorus.petition.webhook.HostResolver;

/**
 * The tests' DNS, in place of the system's (there is none to ask here): the names a test gives answers for resolve to
 * those addresses, until it gives others; any other name resolves as the system resolves it.
 */
@ApplicationScoped
public class TestHostResolver implements HostResolver {

    private final Map<String, List<InetAddress>> answers = new ConcurrentHashMap<>();

    /** A name under .test (RFC 6761), which no real resolver answers. */
    public static String newName() {
        return "partner-" + UUID.randomUUID().toString().substring(0, 8) + ".chorus.test";
    }

    /** From now on {@code name} resolves to these addresses (literals), in this order. */
    public void answer(String name, String... addresses) throws UnknownHostException {
        List<InetAddress> resolved = new ArrayList<>();
        for (String address : addresses) {
            resolved.add(InetAddress.getByName(address));
        }
        answers.put(name, List.copyOf(resolved));
    }

    @Override
    public List<InetAddress> resolve(String name) throws UnknownHostException {
        List<InetAddress> given = answers.get(name);
        return given != null ? given : List.of(InetAddress.getAllByName(name));
    }
}
