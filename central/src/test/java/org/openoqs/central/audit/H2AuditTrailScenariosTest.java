package org.openoqs.central.audit;

import java.nio.file.Files;

/** The audit trail on the embedded H2 file store, with central's own URL options. */
class H2AuditTrailScenariosTest extends AuditTrailScenarios {
    @Override
    String[] database() throws Exception {
        String dir = Files.createTempDirectory("oqs-audit-h2-").toString();
        return new String[] {"jdbc:h2:file:" + dir + "/central;DB_CLOSE_ON_EXIT=FALSE", "sa", ""};
    }
}
