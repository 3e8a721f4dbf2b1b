package io.newslens.summary.analysis.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A trained logistic-regression model over named binary features: {@code P(positive) = sigmoid(bias + sum of
 * the weights of the features present)}. The file is the trainer's output ({@code ClaimModelTrainer}): comment
 * lines ({@code #}), a {@code bias} line, an optional {@code threshold} line (the decision threshold chosen on
 * development data, else 0.5), then one {@code feature<TAB>weight} line per feature with a non-zero
 * weight. Features the model never saw weigh nothing.
 */
public final class LinearClassifier {

    private final double bias;
    private final Map<String, Double> weights;
    private final double threshold;

    public LinearClassifier(double bias, Map<String, Double> weights, double threshold) {
        this.bias = bias;
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    public static LinearClassifier load(String resource) {
        try (InputStream in = LinearClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("model not on the classpath: " + resource);
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LinearClassifier read(BufferedReader reader) throws IOException {
        double bias = 0;
        double threshold = 0.5;
        Map<String, Double> weights = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            int tab = line.lastIndexOf('\t');
            String name = line.substring(0, tab);
            double w = Double.parseDouble(line.substring(tab + 1));
            if (name.equals("bias")) bias = w;
            else if (name.equals("threshold")) threshold = w;
            else weights.put(name, w);
        }
        return new LinearClassifier(bias, weights, threshold);
    }

    public double probability(Collection<String> features) {
        double z = bias;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) z += w;
        }
        return 1 / (1 + Math.exp(-z));
    }

    public int size() {
        return weights.size();
    }

    /** Probabilities at or above it are the positive class. */
    public double threshold() {
        return threshold;
    }

    public double bias() {
        return bias;
    }

    public Map<String, Double> weights() {
        return weights;
    }
}
