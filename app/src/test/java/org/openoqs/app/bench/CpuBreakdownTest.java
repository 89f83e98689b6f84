package org.openoqs.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuBreakdownTest {
    private static final String TOMCAT = "org.apache.tomcat.util.net.SocketProcessorBase.run";
    private static final String SPRING = "org.springframework.web.servlet.DispatcherServlet.doDispatch";

    @Test
    void aSampleBelongsToTheFirstComponentAnyOfItsFramesMatches() {
        assertThat(CpuBreakdown.componentOf("http-nio-8080-exec-1", List.of("org.h2.mvstore.Page.read",
                "org.openoqs.central.audit.AuditEntryStore.append", SPRING, TOMCAT))).isEqualTo("audit trail");
        assertThat(CpuBreakdown.componentOf("http-nio-8080-exec-1", List.of("org.h2.mvstore.Page.read",
                "org.openoqs.central.qualification.JdbcQualificationStore.findByCard", SPRING, TOMCAT)))
                .isEqualTo("store (JDBC, database, pool)");
        assertThat(CpuBreakdown.componentOf("http-nio-8080-exec-1", List.of("com.fasterxml.jackson.core.json.UTF8StreamJsonParser.nextToken",
                SPRING, TOMCAT))).isEqualTo("JSON (Jackson)");
        assertThat(CpuBreakdown.componentOf("http-nio-8080-exec-1", List.of("java.util.HashMap.get", SPRING, TOMCAT)))
                .isEqualTo("HTTP + Spring MVC");
        assertThat(CpuBreakdown.componentOf("http-nio-8080-exec-1", List.of("java.util.HashMap.get",
                "org.openoqs.core.qualification.QualificationValidityRule.decide", SPRING))).isEqualTo("central (rules, mapping)");
    }

    @Test
    void threadsNameTheirComponentWhateverTheyRun() {
        assertThat(CpuBreakdown.componentOf("oqs-audit-writer", List.of("java.security.MessageDigest.digest")))
                .isEqualTo("audit trail");
        assertThat(CpuBreakdown.componentOf("MVStore background writer /tmp/x.mv.db", List.of("org.h2.mvstore.FileStore.rewriteChunks")))
                .isEqualTo("store, background");
        assertThat(CpuBreakdown.componentOf("C2 CompilerThread0", List.of())).isEqualTo(CpuBreakdown.OTHER);
    }

    @Test
    void sharesAreOfAllSamplesLargestFirst() {
        CpuBreakdown b = new CpuBreakdown();
        b.add("http-nio-1", List.of("com.fasterxml.jackson.databind.ObjectMapper.readValue"));
        b.add("http-nio-1", List.of("com.fasterxml.jackson.databind.ObjectMapper.readValue"));
        b.add("http-nio-1", List.of("com.fasterxml.jackson.databind.ObjectMapper.readValue"));
        b.add(null, List.of("java.lang.Thread.run"));

        assertThat(b.total()).isEqualTo(4);
        assertThat(b.shares()).containsExactly(Map.entry("JSON (Jackson)", 0.75), Map.entry(CpuBreakdown.OTHER, 0.25));
        assertThat(b.samples()).containsEntry("audit trail", 0);
    }
}
