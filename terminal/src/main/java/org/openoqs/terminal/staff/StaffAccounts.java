package org.openoqs.terminal.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openoqs.terminal.AtomicFiles;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The terminal's staff accounts, in {@code <terminal dir>/staff-accounts.txt}: one line per account,
 * {@code userId<TAB>ROLE<TAB>display name<TAB>BCrypt hash}, {@code #} comments. The file sits beside {@code req},
 * {@code res} and {@code face}, not inside them, because those folders are shared with the EHR; on POSIX systems it is
 * readable by the owner only.
 *
 * <p>The CLI ({@code oqs terminal staff}) changes the file while the web server runs, so reads check the file's
 * modification time and reload; writes replace the file atomically. Thread-safe within one process.
 */
public final class StaffAccounts {

    public static final String FILE_NAME = "staff-accounts.txt";
    /** Shorter passwords are refused; generated ones are 16 characters. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private final Path file;
    private final PasswordEncoder encoder;
    private List<StaffAccount> cached = List.of();
    private FileTime cachedTime;
    private long cachedSize = -1;

    public StaffAccounts(Path file, PasswordEncoder encoder) {
        this.file = Objects.requireNonNull(file, "file");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** The accounts file of a terminal directory. */
    public static StaffAccounts in(Path terminalDir, PasswordEncoder encoder) {
        return new StaffAccounts(terminalDir.resolve(FILE_NAME), encoder);
    }

    public Path file() { return file; }

    public synchronized List<StaffAccount> list() {
        reloadIfChanged();
        return cached;
    }

    public Optional<StaffAccount> find(String userId) {
        return list().stream().filter(a -> a.userId().equals(userId)).findFirst();
    }

    /**
     * Adds an account.
     *
     * @throws IllegalArgumentException the user id exists already, or the password is too short
     */
    public synchronized StaffAccount add(String userId, StaffRole role, String displayName, String password) {
        if (find(userId).isPresent()) {
            throw new IllegalArgumentException("the account " + userId + " exists already");
        }
        StaffAccount account = new StaffAccount(userId, role, displayName, encoder.encode(checked(password)));
        List<StaffAccount> next = new ArrayList<>(list());
        next.add(account);
        save(next);
        return account;
    }

    /** Sets a new password; false when there is no such account. */
    public synchronized boolean changePassword(String userId, String password) {
        Optional<StaffAccount> existing = find(userId);
        if (existing.isEmpty()) {
            return false;
        }
        StaffAccount a = existing.get();
        String hash = encoder.encode(checked(password));
        save(list().stream().map(x -> x.userId().equals(userId)
                ? new StaffAccount(a.userId(), a.role(), a.displayName(), hash) : x).toList());
        return true;
    }

    /** Removes an account; false when there was none. */
    public synchronized boolean remove(String userId) {
        List<StaffAccount> next = list().stream().filter(a -> !a.userId().equals(userId)).toList();
        if (next.size() == list().size()) {
            return false;
        }
        save(next);
        return true;
    }

    private static String checked(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return password;
    }

    private void reloadIfChanged() {
        try {
            if (!Files.exists(file)) {
                cached = List.of();
                cachedTime = null;
                cachedSize = -1;
                return;
            }
            FileTime time = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            if (time.equals(cachedTime) && size == cachedSize) {
                return;
            }
            cached = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            cachedTime = time;
            cachedSize = size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private List<StaffAccount> parse(List<String> lines) {
        List<StaffAccount> accounts = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalStateException(file + " line " + number + ": expected 4 tab-separated fields");
            }
            try {
                accounts.add(new StaffAccount(fields[0], StaffRole.valueOf(fields[1]), fields[2], fields[3]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(file + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(accounts);
    }

    private void save(List<StaffAccount> accounts) {
        StringBuilder out = new StringBuilder("# OpenOQS terminal staff accounts (oqs terminal staff): user id, role, name, BCrypt hash\n");
        accounts.stream().sorted(Comparator.comparing(StaffAccount::userId)).forEach(a -> out.append(a.userId())
                .append('\t').append(a.role().name()).append('\t').append(a.displayName().replace('\t', ' '))
                .append('\t').append(a.passwordHash()).append('\n'));
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            AtomicFiles.write(dir, file.getFileName().toString(), out.toString().getBytes(StandardCharsets.UTF_8));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        cachedTime = null; // read back what was written, so list() and the file agree
    }
}
