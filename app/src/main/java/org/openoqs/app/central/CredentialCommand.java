package org.openoqs.app.central;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openoqs.central.intake.InsurerCredentialService;
import org.openoqs.core.number.InsurerNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code oqs credential NAME}: issues an insurer API token directly against the store. */
@Command(name = "credential", mixinStandardHelpOptions = true,
        description = "Issue an insurer credential (API token) for intake. Prints the token once; only its hash is stored.")
public class CredentialCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "A unique name for the credential, e.g. the insurer's name.")
    String name;

    @Option(names = "--insurer", split = ",", description = "InsurerNumbers this credential may file for; omit for all insurers (intermediary).")
    List<String> insurers = List.of();

    @Option(names = "--write", description = "Also write the token to this file (mode 600).")
    Path write;

    @Mixin StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        try (var context = CentralServer.start(0, storeOptions.store(), Map.of("spring.main.web-application-type", "none"))) {
            String token = context.getBean(InsurerCredentialService.class).create(name,
                    insurers.stream().map(InsurerNumber::parse).toList());
            if (write != null) TokenFile.write(write, token);
            System.out.println(token);
        }
        return 0;
    }
}
