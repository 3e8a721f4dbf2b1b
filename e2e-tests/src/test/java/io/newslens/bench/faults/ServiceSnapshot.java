package io.newslens.bench.faults;

import io.newslens.localstack.services.RuntimeSettings;
import io.newslens.localstack.services.ServiceSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private copy of the three packaged services. The checkout is shared: a build elsewhere rewrites
 * {@code target/quarkus-app} under a running service, and a service restarted by a fault would
 * come back as another build (seen: a consumer thread hung for good in class loading right when its
 * jar was rewritten). The copy keeps the same layout (packaged apps and their runtime settings), so it stands in
 * for the repository directory.
 */
final class ServiceSnapshot {

    private ServiceSnapshot() {
    }

    static Path copy(Path repo, Path into) throws IOException, InterruptedException {
        for (ServiceSpec spec : ServiceSpec.values()) {
            Path from = repo.resolve(spec.module()).resolve("target/quarkus-app");
            Path to = into.resolve(spec.module()).resolve("target");
            Files.createDirectories(to);
            Process cp = new ProcessBuilder(List.of("cp", "-a", from.toString(), to.toString())).inheritIO().start();
            if (!cp.waitFor(5, TimeUnit.MINUTES) || cp.exitValue() != 0) {
                throw new IOException("could not copy " + from + " to " + to);
            }
            Path settings = RuntimeSettings.file(into, spec.module());
            Files.createDirectories(settings.getParent());
            Files.copy(RuntimeSettings.file(repo, spec.module()), settings, StandardCopyOption.REPLACE_EXISTING);
        }
        return into;
    }
}
