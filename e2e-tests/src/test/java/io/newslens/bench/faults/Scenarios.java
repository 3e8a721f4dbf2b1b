package io.newslens.bench.faults;

import io.newslens.common.events.Topics;
import io.newslens.localstack.BackingService;
import io.newslens.localstack.services.QuarkusService;
import io.newslens.localstack.services.ServiceSpec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The scenarios of issue 6 and the scale-out ones, in the order the suite runs them. */
final class Scenarios {

    static final String BASELINE = "baseline";
    static final String REPLICAS_2 = "replicas-2";

    private Scenarios() {
    }

    /**
     * The scenarios named, in the suite's order (all when {@code names} is null); {@value #REPLICAS_2} brings
     * {@value #BASELINE} along, its throughput with one instance of each service to compare with.
     *
     * @throws IllegalArgumentException for a name no scenario has
     */
    static List<Scenario> select(List<String> names) {
        if (names == null) {
            return all();
        }
        List<String> wanted = new ArrayList<>(names.stream().map(String::strip).toList());
        if (wanted.contains(REPLICAS_2) && !wanted.contains(BASELINE)) {
            wanted.add(BASELINE);
        }
        List<Scenario> selected = all().stream().filter(s -> wanted.contains(s.name())).toList();
        List<String> unknown = wanted.stream().filter(n -> selected.stream().noneMatch(s -> s.name().equals(n))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no scenario named " + unknown + " (see --list)");
        }
        return selected;
    }

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario(BASELINE, "no fault: the pipeline's own catch-up time, to compare recovery times with",
                ctx -> {
                    ctx.awaitMidStream();
                    return "none";
                }));
        all.add(new Scenario("kafka-kill", "Kafka broker kill -9 mid-stream, restarted 5 s later",
                crash(ctx -> ctx.stack().backing().kafka().orElseThrow(), Duration.ofSeconds(5))));
        all.add(new Scenario("elasticsearch-stop", "Elasticsearch stopped for 30 s mid-stream, then restarted",
                stop(ctx -> ctx.stack().backing().elasticsearch().orElseThrow(), Duration.ofSeconds(30))));
        all.add(new Scenario("postgres-restart", "PostgreSQL stopped and started again mid-stream",
                stop(ctx -> ctx.stack().backing().postgres().orElseThrow(), Duration.ZERO)));
        for (ServiceSpec spec : ServiceSpec.values()) {
            String name = spec.module().replace("-service", "");
            all.add(new Scenario("kill-" + name, spec.module() + " kill -9 mid-batch, restarted",
                    serviceKill(spec, FaultContext::awaitMidStream)));
        }
        all.add(new Scenario("redeliver-search", "search-service kill -9 right after it indexed its first records "
                + "(before the offset commit), restarted: the same events delivered twice",
                serviceKill(ServiceSpec.SEARCH, ctx -> awaitFirst(ctx, c -> c.probe().indexedCount(c.feeder().acceptedIds())))));
        all.add(new Scenario("redeliver-summary", "summary-service kill -9 right after it stored its first analyses "
                + "(before the offset commit), restarted: the same events delivered twice",
                serviceKill(ServiceSpec.SUMMARY, ctx -> awaitFirst(ctx, c -> c.probe().analysisRows(c.feeder().acceptedIds()).size()))));
        all.add(new Scenario("poison", "invalid JSON records produced into articles and summaries mid-stream: "
                + "dead-lettered with a reason, the stream goes on", new PoisonFault()));
        all.addAll(ScaleOutScenarios.all());
        return all;
    }

    interface Trigger {
        void await(FaultContext ctx) throws InterruptedException;
    }

    /** kill -9 of a backing service, restart after {@code down}. */
    private static Fault crash(Function<FaultContext, BackingService> service, Duration down) {
        return ctx -> {
            ctx.awaitMidStream();
            BackingService s = service.apply(ctx);
            s.kill();
            ctx.log("%s killed at %d acknowledged", s.name(), ctx.feeder().acknowledged());
            Thread.sleep(down.toMillis());
            s.start(FaultContext.RESTART_TIMEOUT);
            return s.name() + " killed, down " + down.toSeconds() + " s, restarted";
        };
    }

    /** Polite stop of a backing service, start again after {@code down}. */
    private static Fault stop(Function<FaultContext, BackingService> service, Duration down) {
        return ctx -> {
            ctx.awaitMidStream();
            BackingService s = service.apply(ctx);
            long t0 = System.nanoTime();
            s.stop();
            ctx.log("%s stopped at %d acknowledged", s.name(), ctx.feeder().acknowledged());
            Thread.sleep(down.toMillis());
            s.start(FaultContext.RESTART_TIMEOUT);
            return String.format(Locale.ROOT, "%s stopped, down %.1f s, restarted", s.name(), (System.nanoTime() - t0) / 1e9);
        };
    }

    /** kill -9 of one of our services when {@code trigger} fires, restart at once. */
    private static Fault serviceKill(ServiceSpec spec, Trigger trigger) {
        return ctx -> {
            String group = spec.module();
            String bootstrap = ctx.stack().backing().kafka().orElseThrow().bootstrapServers();
            long committedBefore = spec == ServiceSpec.INGEST ? -1 : ConsumerOffsets.committed(bootstrap, group, Topics.ARTICLES);
            trigger.await(ctx);
            QuarkusService service = ctx.stack().service(spec);
            long committedAtKill = spec == ServiceSpec.INGEST ? -1 : ConsumerOffsets.committed(bootstrap, group, Topics.ARTICLES);
            service.kill();
            long processed = processed(ctx, spec);
            ctx.log("%s killed at %d acknowledged", spec.module(), ctx.feeder().acknowledged());
            service.start(FaultContext.RESTART_TIMEOUT);
            String note = spec.module() + " killed, restarted in " + service.lastStartup().toMillis() + " ms";
            if (committedBefore >= 0 && committedAtKill >= 0) {
                note += String.format(Locale.ROOT, "; at the kill %d of this run's articles were processed and the group's "
                        + "committed offsets on articles had advanced by %d since the scenario started", processed,
                        committedAtKill - committedBefore);
            }
            return note;
        };
    }

    private static long processed(FaultContext ctx, ServiceSpec spec) {
        return switch (spec) {
            case SEARCH -> ctx.probe().indexedCount(ctx.feeder().acceptedIds());
            case SUMMARY -> ctx.probe().analysisRows(ctx.feeder().acceptedIds()).size();
            case INGEST -> ctx.feeder().acknowledged();
        };
    }

    /** Waits until the consumer has processed at least one article of this scenario (at most 5 min). */
    private static void awaitFirst(FaultContext ctx, ToLongFunction<FaultContext> processed) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < end
                && (ctx.feeder().acknowledged() == 0 ? !ctx.feeder().finished() : processed.applyAsLong(ctx) <= 0)) {
            Thread.sleep(100);
        }
    }

    /** Poison records in both topics; afterwards each must be in its dead-letter topic with a reason. */
    static final class PoisonFault implements Fault {
        private final String key = "poison-" + UUID.randomUUID();
        private static final String PAYLOAD = "{\"id\": \"not closed, \u00e9 and no end";

        @Override
        public String inject(FaultContext ctx) throws Exception {
            ctx.awaitMidStream();
            PoisonRecords poison = new PoisonRecords(ctx.stack().backing().kafka().orElseThrow().bootstrapServers());
            poison.send(Topics.ARTICLES, key, PAYLOAD);
            poison.send(Topics.SUMMARIES, key, PAYLOAD);
            return "invalid JSON sent with key " + key + " to " + Topics.ARTICLES + " and " + Topics.SUMMARIES;
        }

        @Override
        public String problemAfterwards(FaultContext ctx) {
            PoisonRecords poison = new PoisonRecords(ctx.stack().backing().kafka().orElseThrow().bootstrapServers());
            List<String> problems = new ArrayList<>();
            for (String dlq : List.of(Topics.ARTICLES_DLQ, Topics.ARTICLES_SUMMARY_DLQ, Topics.SUMMARIES_DLQ)) {
                String reason = poison.findReason(dlq, key, Duration.ofSeconds(30));
                ctx.log("%s: %s", dlq, reason == null ? "NOT FOUND" : "reason \"" + reason + "\"");
                if (reason == null || reason.startsWith("(no ")) {
                    problems.add(dlq + (reason == null ? ": poison record not found" : ": " + reason));
                }
            }
            return problems.isEmpty() ? null : String.join("; ", problems);
        }
    }
}
