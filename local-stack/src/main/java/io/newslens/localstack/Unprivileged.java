package io.newslens.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Elasticsearch refuses to run as root. When we are root, it runs as {@code nobody} through
 * util-linux's {@code setpriv}, and the files it touches must be reachable by that user.
 */
final class Unprivileged {

    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private Unprivileged() {
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> wrap(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** True when the unprivileged user can use {@code path} with the given {@code test} flag (-r, -w, -x). */
    static boolean canAccess(Path path, String testFlag) {
        if (!runningAsRoot()) {
            return true;
        }
        return run(wrap(List.of("test", testFlag, path.toString()))) == 0;
    }

    static void chownToUnprivileged(Path path) {
        if (runningAsRoot() && run(List.of("chown", "-R", USER + ":" + GROUP, path.toString())) != 0) {
            throw new IllegalStateException("could not chown " + path + " to " + USER);
        }
    }

    static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
