package org.openoqs.portal.faq;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled FAQ, read as the portal reads it, for tests that need no Spring context. */
final class FaqFixtures {
    private static FaqCatalog bundled;
    private static FaqSearch search;

    private FaqFixtures() {}

    static synchronized FaqCatalog bundled() {
        if (bundled == null) {
            try (Reader reader = new InputStreamReader(FaqFixtures.class.getResourceAsStream("/faq/faq.csv"), StandardCharsets.UTF_8)) {
                bundled = FaqCatalog.read(reader, "faq.csv", FaqContacts.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    static synchronized FaqSearch search() {
        if (search == null) search = new FaqSearch(bundled());
        return search;
    }

    static FaqCatalog read(String csv) {
        return FaqCatalog.read(new StringReader(csv), "test-faq.csv", FaqContacts.defaults());
    }
}
