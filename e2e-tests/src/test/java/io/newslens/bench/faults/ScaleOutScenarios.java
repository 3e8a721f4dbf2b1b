package io.newslens.bench.faults;

import io.newslens.localstack.services.QuarkusService;
import io.newslens.localstack.services.ServiceSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenarios with two instances of every service (issue 31): what Kubernetes does with replicas, rollouts and
 * lost pods. Each runs on the suite's stack scaled to two instances of each service before its feed starts.
 */
final class ScaleOutScenarios {

    private static final int TWO = 2;
    /** Pipeline order, as a rollout of the whole system goes. */
    private static final List<ServiceSpec> ROLLOUT_ORDER = List.of(ServiceSpec.INGEST, ServiceSpec.SEARCH, ServiceSpec.SUMMARY);
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern REMAINING = Pattern.compile("\"remaining\"\\s*:\\s*(\\d+)");
    private static final Pattern PROCESSED = Pattern.compile("\"processed\"\\s*:\\s*(\\d+)");

    private ScaleOutScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario(Scenarios.REPLICAS_2, "two instances of each service, no fault: the throughput against one of each",
                        ctx -> {
                            ctx.awaitMidStream();
                            return "none";
                        }, TWO),
                new Scenario("rolling-restart", "each service replaced instance by instance mid-stream, as a Deployment "
                        + "rollout does: the new one started and ready, then the old one stopped politely",
                        ScaleOutScenarios::rollingRestart, TWO),
                new Scenario("kill-one-of-two", "kill -9 of one instance of each service mid-stream, restarted 10 s later: "
                        + "the other instance takes over its partitions and requests", ScaleOutScenarios::killOneOfTwo, TWO),
                new Scenario("reindex-while-serving", "a reindex started on one search instance mid-stream while the other "
                        + "answers searches: no search fails", new ReindexWhileServing(), TWO),
                new Scenario("reanalyse-two-instances", "re-analysis run on both summary instances at once mid-stream, "
                        + "beside their consumers: every article analysed once", ScaleOutScenarios::reanalyseOnBoth, TWO));
    }

    private static String rollingRestart(FaultContext ctx) throws InterruptedException {
        ctx.awaitMidStream();
        List<String> steps = new ArrayList<>();
        for (ServiceSpec spec : ROLLOUT_ORDER) {
            for (QuarkusService old : ctx.stack().instances(spec)) {
                QuarkusService added = ctx.stack().addInstance(spec);
                long t0 = System.nanoTime();
                ctx.stack().removeInstance(old);
                ctx.log("%s replaced by %s (ready in %d ms, old one stopped in %d ms) at %d acknowledged", old.name(),
                        added.name(), added.lastStartup().toMillis(), (System.nanoTime() - t0) / 1_000_000,
                        ctx.feeder().acknowledged());
                steps.add(old.name() + " -> " + added.name());
            }
        }
        return "rolled out " + String.join(", ", steps);
    }

    private static String killOneOfTwo(FaultContext ctx) throws InterruptedException {
        ctx.awaitMidStream();
        List<QuarkusService> killed = new ArrayList<>();
        for (ServiceSpec spec : ROLLOUT_ORDER) {
            List<QuarkusService> instances = ctx.stack().instances(spec);
            QuarkusService victim = instances.get(instances.size() - 1);
            victim.kill();
            killed.add(victim);
        }
        ctx.log("killed %s at %d acknowledged", killed.stream().map(QuarkusService::name).toList(), ctx.feeder().acknowledged());
        // the kubelet restarts a crashed container after a back-off; meanwhile the other instance serves
        Thread.sleep(Duration.ofSeconds(10).toMillis());
        for (QuarkusService s : killed) {
            s.start(FaultContext.RESTART_TIMEOUT);
        }
        return "killed one of two of each service, restarted after 10 s";
    }

    private static String reanalyseOnBoth(FaultContext ctx) throws Exception {
        ctx.awaitMidStream();
        List<QuarkusService> instances = ctx.stack().instances(ServiceSpec.SUMMARY);
        AtomicInteger processed = new AtomicInteger();
        AtomicReference<String> failure = new AtomicReference<>();
        List<Thread> runs = new ArrayList<>();
        for (QuarkusService instance : instances) {
            Thread t = new Thread(() -> {
                // bounded batches until nothing is left (or nothing more can be done), as an operator would call it
                for (int call = 0; call < 200; call++) {
                    Http.Answer a = Http.post(instance.url() + "/api/admin/reanalyse", ctx.stack().apiKey(), "application/json", "",
                            Duration.ofMinutes(2));
                    if (a.status() == 409) {
                        sleep(200);
                        continue;
                    }
                    if (!a.ok()) {
                        failure.compareAndSet(null, instance.name() + " answered " + a.status() + ": " + a.body());
                        return;
                    }
                    int done = number(PROCESSED, a.body());
                    processed.addAndGet(done);
                    if (number(REMAINING, a.body()) == 0 || done == 0) {
                        return;
                    }
                }
            }, "reanalyse-" + instance.name());
            t.start();
            runs.add(t);
        }
        for (Thread t : runs) {
            t.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("reanalyse failed: " + failure.get());
        }
        return "reanalysed on " + instances.size() + " instances at once, " + processed.get() + " articles processed";
    }

    /** Reindex on the newest search instance; the oldest answers searches all along, and none may fail. */
    static final class ReindexWhileServing implements Fault {
        private final AtomicInteger searches = new AtomicInteger();
        private final List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public String inject(FaultContext ctx) throws Exception {
            ctx.awaitMidStream();
            List<QuarkusService> search = ctx.stack().instances(ServiceSpec.SEARCH);
            QuarkusService reindexer = search.get(search.size() - 1);
            QuarkusService server = search.get(0);
            AtomicBoolean done = new AtomicBoolean();
            Thread searcher = new Thread(() -> {
                String[] queries = {"police", "president said", "video shows", "report claims", "apple"};
                // a steady reader, bounded by the reindex's own time-out and a count
                for (int i = 0; !done.get() && i < 200_000; i++) {
                    String url = server.url() + "/api/search?size=5&q=" + queries[i % queries.length].replace(' ', '+');
                    // generous: on a loaded two-core machine a search can wait seconds for a core; a failure is an
                    // error answer or no answer within a minute
                    Http.Answer a = Http.get(url, Duration.ofMinutes(1));
                    searches.incrementAndGet();
                    if (a.status() != 200 && failed.size() < 20) {
                        failed.add(a.status() + " " + a.body().substring(0, Math.min(200, a.body().length())));
                    }
                    sleep(20);
                }
            }, "searches-during-reindex");
            searcher.start();
            long t0 = System.nanoTime();
            String state;
            try {
                Http.Answer started = Http.post(reindexer.url() + "/api/admin/reindex", ctx.stack().apiKey(), "application/json", "",
                        Duration.ofMinutes(2));
                if (started.status() != 202) {
                    throw new IllegalStateException("reindex not started: " + started.status() + " " + started.body());
                }
                state = awaitFinished(ctx, server, Duration.ofMinutes(10));
            } finally {
                done.set(true);
                searcher.join();
            }
            ctx.log("reindex %s after %.1f s; %d searches on %s meanwhile, %d failed", state, (System.nanoTime() - t0) / 1e9,
                    searches.get(), server.name(), failed.size());
            if (!"DONE".equals(state)) {
                throw new IllegalStateException("reindex ended " + state);
            }
            return String.format(Locale.ROOT, "reindex on %s DONE, %d searches on %s meanwhile", reindexer.name(), searches.get(),
                    server.name());
        }

        /** Polls the progress on the other instance: it is saved in Elasticsearch, so any instance reports it. */
        private static String awaitFinished(FaultContext ctx, QuarkusService instance, Duration timeout) throws InterruptedException {
            long end = System.nanoTime() + timeout.toNanos();
            String state = "UNKNOWN";
            while (System.nanoTime() < end) {
                Http.Answer a = Http.get(instance.url() + "/api/admin/reindex", ctx.stack().apiKey());
                Matcher m = STATE.matcher(a.body());
                if (a.ok() && m.find()) {
                    state = m.group(1);
                    if (state.equals("DONE") || state.equals("FAILED") || state.equals("INTERRUPTED")) {
                        return state;
                    }
                }
                Thread.sleep(500);
            }
            return state + " (timed out)";
        }

        @Override
        public String problemAfterwards(FaultContext ctx) {
            if (searches.get() == 0) {
                return "no search was made during the reindex";
            }
            return failed.isEmpty() ? null : failed.size() + " of " + searches.get() + " searches failed during the reindex, e.g. "
                    + failed.get(0);
        }
    }

    private static int number(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
