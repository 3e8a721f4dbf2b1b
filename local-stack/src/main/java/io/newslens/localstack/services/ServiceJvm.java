package io.newslens.localstack.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM the services run on: {@code NEWSLENS_SERVICE_JAVA_HOME} (or system property
 * {@code newslens.service.java.home}) when set, else the JVM running the stack. The services are
 * built for Java 17 and run on any later JVM; a JDK 25+ can use an AOT cache (see {@link ClassDataCache}).
 */
public record ServiceJvm(Path home, int featureVersion) {

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    public static ServiceJvm detect() {
        String configured = System.getProperty("newslens.service.java.home", System.getenv("NEWSLENS_SERVICE_JAVA_HOME"));
        Path home = Path.of(configured == null || configured.isBlank() ? System.getProperty("java.home") : configured);
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            throw new IllegalStateException(home + "/bin/java not found: NEWSLENS_SERVICE_JAVA_HOME must name a JDK or JRE");
        }
        return new ServiceJvm(home, featureVersion(home));
    }

    public Path java() {
        return home.resolve("bin/java");
    }

    /** JDK 25 made the AOT cache a one-step affair (-XX:AOTCacheOutput, JEP 514) with method profiles (JEP 515). */
    public boolean supportsAotCache() {
        return featureVersion >= 25;
    }

    private static int featureVersion(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        } catch (IOException | NumberFormatException ignored) {
            // no release file: fall through to this JVM's version
        }
        return Runtime.version().feature();
    }
}
