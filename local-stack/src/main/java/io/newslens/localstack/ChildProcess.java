package io.newslens.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A backing or service process started by the stack: output goes to a log file, its pid to a pid
 * file (so a later run can clean up after a crash), and stopping it takes its whole process tree.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path logFile, Path pidFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        this.pidFile = pidFile;
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir,
                                     Path logFile, Path pidFile) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            killStale(pidFile);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ChildProcess(name, process, logFile, pidFile);
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Kills a process left behind by an earlier run that was itself killed. */
    static void killStale(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String text = Files.readString(pidFile).strip();
        Files.deleteIfExists(pidFile);
        if (text.isEmpty()) {
            return;
        }
        ProcessHandle.of(Long.parseLong(text)).ifPresent(ChildProcess::killTree);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Fails fast with the end of the log when the process died while we waited for it. */
    public void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "; last log lines:\n"
                    + tail(logFile, 40));
        }
    }

    /** Polite stop (SIGTERM to the tree), then SIGKILL after the grace period. */
    public void stop(Duration grace) {
        ProcessHandle root = process.toHandle();
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                killTree(root);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(root);
        }
        tree.forEach(ChildProcess::waitGone);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // the pid file only helps clean-up; losing it is harmless
        }
    }

    /** SIGKILL, as a crash would: used by fault tests. */
    public void kill() {
        killTree(process.toHandle());
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void killTree(ProcessHandle root) {
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        waitGone(root);
        tree.forEach(ChildProcess::waitGone);
    }

    private static void waitGone(ProcessHandle handle) {
        try {
            handle.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // best effort: a zombie that is not our child cannot be reaped by us
        }
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + file + ")";
        }
    }
}
