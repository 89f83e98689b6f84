package org.openoqs.app.jpki;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the virtual J-LIS keeps its CA, CRL and index. */
public class JpkiDirOption {
    @Option(names = "--dir", defaultValue = "./oqs-data/jpki",
            description = "Directory of the JPKI authority (default: ${DEFAULT-VALUE}).")
    Path dir;
}
