package org.openoqs.portal;

import javax.sql.DataSource;
import org.openoqs.central.pki.TerminalCertificateRegistry;

/**
 * Central's beans that the portal reuses when both run in one JVM: the same connection pool, and the same
 * certificate registry, so that a revocation on the portal clears central's cache at once instead of after
 * {@code oqs.pki.active-cache-ttl}.
 */
public record SharedCentral(DataSource dataSource, TerminalCertificateRegistry certificateRegistry) {
}
