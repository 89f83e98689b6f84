package org.openoqs.app.audit;

import org.openoqs.core.audit.AuditHead;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code <seq>:<hash>} for {@code --expect-head}; a malformed value is a usage error. */
final class AuditHeadConverter implements ITypeConverter<AuditHead> {
    @Override
    public AuditHead convert(String value) {
        try {
            return AuditHead.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
