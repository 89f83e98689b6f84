package org.openoqs.app.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The intake files central takes, each at {@code /api/v1/insurer/<name>}: the insurers' {@code qualifications}, and
 * the intermediary's {@code drug-dispensings} (薬剤情報) and {@code health-checkups} (特定健診情報).
 */
public enum IntakeKind {
    QUALIFICATIONS("qualifications", null),
    DRUG_DISPENSINGS("drug-dispensings", "DrugC"),
    HEALTH_CHECKUPS("health-checkups", "ItemCode");

    private final String cliName;
    /** A column only this kind's header has, or null for the default kind. */
    private final String telltaleColumn;

    IntakeKind(String cliName, String telltaleColumn) {
        this.cliName = cliName;
        this.telltaleColumn = telltaleColumn;
    }

    /** The {@code --kind} value and the last part of the endpoint path. */
    public String cliName() { return cliName; }

    public String path() { return "/api/v1/insurer/" + cliName; }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(IntakeKind::cliName).toList();
    }

    public static Optional<IntakeKind> byCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }

    /**
     * The kind a file's header row names: a drug or checkup column decides; anything else goes to the qualification
     * intake, which reports header problems by line and column.
     */
    public static IntakeKind detect(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            return header == null ? QUALIFICATIONS : fromHeader(header);
        }
    }

    static IntakeKind fromHeader(String headerLine) {
        String line = headerLine.startsWith("\uFEFF") ? headerLine.substring(1) : headerLine;
        Set<String> columns = Set.copyOf(Arrays.stream(line.split(",")).map(c -> c.strip().replace("\"", "")).toList());
        return Arrays.stream(values()).filter(k -> k.telltaleColumn != null && columns.contains(k.telltaleColumn))
                .findFirst().orElse(QUALIFICATIONS);
    }
}
