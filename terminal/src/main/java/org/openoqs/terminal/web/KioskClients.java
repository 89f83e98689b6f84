package org.openoqs.terminal.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;

/**
 * Which browsers may use the kiosk pages: the card reader is attached to the terminal itself, so by default only
 * loopback clients (the terminal's own browser); an administrator can add the addresses of reader PCs. The remote
 * address is the TCP peer: forwarding headers are not trusted, since nothing sits between reader and terminal.
 */
public final class KioskClients {

    private final Set<InetAddress> allowed = new HashSet<>();

    /** @param extraAddresses IP addresses (not host names: no DNS lookups on a closed network) */
    public KioskClients(Set<String> extraAddresses) {
        for (String address : extraAddresses) {
            if (!address.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("a kiosk client must be an IP address: " + address);
            }
            try {
                allowed.add(InetAddress.getByName(address));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + address, e);
            }
        }
    }

    public boolean allows(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.matches("[0-9a-fA-F:.%a-zA-Z]+")) {
            return false;
        }
        try {
            InetAddress client = InetAddress.getByName(remoteAddress);
            return client.isLoopbackAddress() || allowed.contains(client);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
