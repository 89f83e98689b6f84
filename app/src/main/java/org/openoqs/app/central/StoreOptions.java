package org.openoqs.app.central;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The store options of every command that runs central: embedded H2 under --data-dir unless --db-url is given. */
public class StoreOptions {
    @Option(names = "--data-dir", defaultValue = "./oqs-data", description = "Directory for the embedded store and demo files (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", description = "JDBC URL of a PostgreSQL database instead of the embedded store, e.g. jdbc:postgresql://127.0.0.1:5432/oqs")
    String dbUrl;

    @Option(names = "--db-user", description = "Database user (with --db-url).")
    String dbUser;

    @Option(names = "--db-password", description = "Database password (with --db-url).")
    String dbPassword;

    public Path dataDir() { return dataDir; }

    public CentralServer.Store store() {
        return new CentralServer.Store(dataDir, dbUrl, dbUser, dbPassword);
    }
}
