package io.newslens.summary.analysis.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.TreeMap;

/** Inverse document frequency of stems, learnt from training documents. */
public final class IdfTable {

    private final Map<String, Double> idf;
    private final double unseen;

    private IdfTable(Map<String, Double> idf, double unseen) {
        this.idf = idf;
        this.unseen = unseen;
    }

    public double idf(String stem) {
        return idf.getOrDefault(stem, unseen);
    }

    /** Stems seen in fewer than 2 documents are dropped (they get the unseen weight). */
    public static IdfTable learn(Collection<? extends Collection<String>> documents) {
        Map<String, Integer> df = new HashMap<>();
        for (Collection<String> doc : documents) {
            for (String s : new HashSet<>(doc)) df.merge(s, 1, Integer::sum);
        }
        int n = documents.size();
        Map<String, Double> idf = new TreeMap<>();
        df.forEach((s, c) -> {
            if (c >= 2) idf.put(s, Math.log((n + 1.0) / (c + 1.0)) + 1);
        });
        return new IdfTable(idf, Math.log((n + 1.0) / 2.0) + 1);
    }

    public void write(Writer w) throws IOException {
        w.write("idf " + idf.size() + " " + unseen + "\n");
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Double> e : idf.entrySet()) {
            b.append(e.getKey()).append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", e.getValue()))
                    .append('\n');
        }
        w.write(b.toString());
    }

    public static IdfTable read(BufferedReader r) throws IOException {
        String[] head = r.readLine().trim().split(" ");
        int n = Integer.parseInt(head[1]);
        double unseen = Double.parseDouble(head[2]);
        Map<String, Double> idf = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String line = r.readLine();
            int t = line.indexOf('\t');
            idf.put(line.substring(0, t), Double.parseDouble(line.substring(t + 1)));
        }
        return new IdfTable(idf, unseen);
    }
}
