package org.openoqs.app.portal;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openoqs.app.central.StoreOptions;
import org.openoqs.app.progress.ProgressBar;
import org.openoqs.core.adoption.InstitutionCsvException;
import org.openoqs.portal.PortalServer;
import org.openoqs.portal.adoption.AdoptionImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code oqs portal import-institutions FILE}: loads an {@code institutions.csv} (from {@code oqs generate
 * institutions}) into the portal's adoption registry, replacing the previous import, all or nothing. A bad line is
 * reported with file, line and column, and exits 1 with the registry unchanged.
 */
@Command(name = "import-institutions", mixinStandardHelpOptions = true,
        description = "Load institutions.csv into the portal's adoption registry (replaces the previous import).")
public final class ImportInstitutionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "FILE", description = "institutions.csv")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 1;
        }
        long lines = lineCount(file);
        long started = System.nanoTime();
        try (PortalServer portal = PortalLauncher.startAlone(0, storeOptions.store());
             ProgressBar progress = new ProgressBar(err, "importing", lines, "institutions", System.console() != null)) {
            AdoptionImporter.ImportReport report = portal.context().getBean(AdoptionImporter.class)
                    .importFile(file, progress::update);
            spec.commandLine().getOut().printf("imported %,d institutions from %s in %.1f s (import #%d)%n",
                    report.institutions(), report.source(), (System.nanoTime() - started) / 1e9, report.importId());
            return 0;
        } catch (InstitutionCsvException e) {
            err.println("nothing imported: " + e.getMessage());
            return 1;
        }
    }

    /** Data lines (the header excluded), for the progress bar. */
    private static long lineCount(Path file) throws java.io.IOException {
        try (var lines = Files.lines(file)) {
            return Math.max(1, lines.count() - 1);
        }
    }
}
