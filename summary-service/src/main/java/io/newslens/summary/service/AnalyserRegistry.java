package io.newslens.summary.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.summary.analysis.Analyser;
import io.newslens.summary.config.SummaryConfig;
import io.newslens.summary.llm.LlmAnalyser;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Chooses the analyser the service runs. {@code newslens.summary.analyser} names it; without it the
 * LLM analyser runs when {@code newslens.summary.llm.base-url} is set, otherwise the built-in one.
 */
/* @Startup: a misconfigured analyser choice fails the start, not the first article */
@Startup
@ApplicationScoped
public class AnalyserRegistry {

    /** The skeleton's placeholder: only chosen when it is the only built-in analyser. */
    static final String PLACEHOLDER = "lead-sentences";

    private static final Logger LOG = Logger.getLogger(AnalyserRegistry.class);

    private final Analyser current;

    public AnalyserRegistry(@Any Instance<Analyser> builtIns, SummaryConfig config, ObjectMapper mapper) {
        List<Analyser> candidates = new ArrayList<>();
        builtIns.forEach(candidates::add);
        Optional<Analyser> llm = config.llm().baseUrl().map(url -> new LlmAnalyser(config.llm(), mapper));
        this.current = select(candidates, llm, config.analyser());
        LOG.infof("analyser in use: %s %s (available: %s%s)", current.name(), current.version(),
                candidates.stream().map(Analyser::name).collect(Collectors.joining(", ")),
                llm.isPresent() ? ", " + LlmAnalyser.NAME : "");
    }

    public Analyser current() {
        return current;
    }

    static Analyser select(List<Analyser> builtIns, Optional<Analyser> llm, Optional<String> wanted) {
        List<Analyser> all = new ArrayList<>(builtIns);
        llm.ifPresent(all::add);
        if (wanted.isPresent() && !wanted.get().isBlank()) {
            String name = wanted.get().strip();
            return all.stream().filter(a -> a.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("newslens.summary.analyser=" + name
                            + " but the available analysers are " + all.stream().map(Analyser::name).toList()
                            + (LlmAnalyser.NAME.equals(name) ? " (set newslens.summary.llm.base-url to enable llm)" : "")));
        }
        if (llm.isPresent()) return llm.get();
        return builtIns.stream()
                .min(Comparator.comparing((Analyser a) -> PLACEHOLDER.equals(a.name())).thenComparing(Analyser::name))
                .orElseThrow(() -> new IllegalStateException("no analyser available"));
    }
}
