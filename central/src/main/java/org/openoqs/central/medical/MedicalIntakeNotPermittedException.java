package org.openoqs.central.medical;

/** A credential that is not the intermediary's (scope {@code *}) tried to register medical information. */
public class MedicalIntakeNotPermittedException extends RuntimeException {
    public MedicalIntakeNotPermittedException(String credentialName, MedicalIntakeKind kind) {
        super("credential '" + credentialName + "' may not register " + kind.kind() + ": medical information is "
                + "registered by the intermediary (支払基金/国保中央会), whose credential has scope *");
    }
}
