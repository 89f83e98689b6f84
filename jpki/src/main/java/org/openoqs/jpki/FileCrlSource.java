package org.openoqs.jpki;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.cert.X509CRL;
import java.util.Objects;

/**
 * {@link CrlSource#file}: a CRL file re-read when it changes. The authority replaces the file atomically (a new file
 * renamed over the old), so the file key alone usually tells a change; modification time and size cover file systems
 * without file keys. Lock-free on the hot path: a volatile snapshot and one {@code stat}.
 */
final class FileCrlSource implements CrlSource {
    private static final System.Logger LOG = System.getLogger(FileCrlSource.class.getName());

    /** What identifies one version of the file. */
    private record Stamp(Object fileKey, FileTime modified, long size) {}

    private record Snapshot(Stamp stamp, X509CRL crl) {}

    private final Path file;
    private volatile Snapshot loaded;
    private volatile Stamp failed;
    private volatile String lastProblem;

    FileCrlSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    @Override
    public X509CRL current() {
        Snapshot snapshot = loaded;
        Stamp stamp;
        try {
            stamp = stamp();
        } catch (IOException e) {
            return fallback(snapshot, null, "cannot stat the CRL file " + file + ": " + e, e);
        }
        if (snapshot != null && snapshot.stamp().equals(stamp)) return snapshot.crl();
        if (stamp.equals(failed)) return fallback(snapshot, stamp, null, null);
        return reload(stamp);
    }

    private synchronized X509CRL reload(Stamp stamp) {
        Snapshot snapshot = loaded;
        if (snapshot != null && snapshot.stamp().equals(stamp)) return snapshot.crl();
        try {
            X509CRL crl = Pem.readCrl(file);
            // Should the file be replaced between the stat and the read, the newer content is filed under the older
            // stamp, and the next call sees a changed stamp and reads it once more: one extra read, never a stale CRL.
            loaded = new Snapshot(stamp, crl);
            failed = null;
            lastProblem = null;
            LOG.log(System.Logger.Level.DEBUG, "loaded CRL {0}: {1} revoked, next update {2}", file,
                    crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size(), crl.getNextUpdate());
            return crl;
        } catch (IOException | RuntimeException e) {
            failed = stamp;
            return fallback(snapshot, stamp, "cannot read the CRL file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The last good CRL when there is one (logging the problem once per file version), else a failure. */
    private X509CRL fallback(Snapshot snapshot, Stamp stamp, String problem, Exception cause) {
        if (snapshot == null) {
            throw new IllegalStateException(problem != null ? problem : "cannot read the CRL file " + file, cause);
        }
        if (problem != null && !problem.equals(lastProblem)) {
            lastProblem = problem;
            LOG.log(System.Logger.Level.ERROR, problem + "; still using the CRL loaded before", cause);
        }
        return snapshot.crl();
    }

    private Stamp stamp() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
    }
}
