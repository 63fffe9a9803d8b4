package org.chorus.petition.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a host name into its addresses. The system's resolver (SystemHostResolver); tests put in one of their own. */
public interface HostResolver {

    /**
     * @param name a DNS name, never an IP literal
     * @return its addresses, none empty
     * @throws UnknownHostException when the name has no address, or none could be learnt
     */
    List<InetAddress> resolve(String name) throws UnknownHostException;
}
