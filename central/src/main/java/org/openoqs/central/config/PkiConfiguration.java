package org.openoqs.central.config;

import org.openoqs.central.pki.PkiProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code oqs.pki.*}, the terminal CA's settings. */
@Configuration
@EnableConfigurationProperties(PkiProperties.class)
public class PkiConfiguration {
}
