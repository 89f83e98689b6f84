package org.openoqs.central.intake;

import java.util.Set;
import org.openoqs.core.number.InsurerNumber;

/**
 * An insurer's API credential: which insurers it may file records for. {@code allInsurers} is the intermediary role
 * (the real system's 中間サーバー files on behalf of every insurer).
 */
public record InsurerCredential(long id, String name, boolean allInsurers, Set<String> insurerNumbers) {
    public boolean mayFileFor(InsurerNumber insurer) {
        return allInsurers || insurerNumbers.contains(insurer.value());
    }
}
