package io.newslens.summary.analysis.stance;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientBoostedTreesTest {

    @Test
    void learnsANonLinearRuleDeterministicallyAndSurvivesSaving() throws Exception {
        Random r = new Random(1);
        int n = 2000;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{r.nextDouble(), r.nextDouble(), r.nextDouble()};
            y[i] = (x[i][0] > 0.5) != (x[i][1] > 0.5) ? (x[i][2] > 0.7 ? 2 : 1) : 0;
            w[i] = 1;
        }
        GradientBoostedTrees.Params p = new GradientBoostedTrees.Params(60, 4, 0.2, 1.0, 1.0, 0.8, 1.0, 7L);
        GradientBoostedTrees a = GradientBoostedTrees.train(x, y, w, 3, p);
        GradientBoostedTrees b = GradientBoostedTrees.train(x, y, w, 3, p);
        int right = 0;
        for (int i = 0; i < n; i++) {
            double[] pa = a.predict(x[i]);
            assertArrayEquals(pa, b.predict(x[i]), 0.0);
            int best = pa[0] >= pa[1] && pa[0] >= pa[2] ? 0 : pa[1] >= pa[2] ? 1 : 2;
            if (best == y[i]) right++;
        }
        assertTrue(right > 0.95 * n, "training accuracy " + right);
        StringWriter out = new StringWriter();
        a.write(out);
        GradientBoostedTrees c = GradientBoostedTrees.read(new BufferedReader(new StringReader(out.toString())));
        for (int i = 0; i < 50; i++) assertArrayEquals(a.predict(x[i]), c.predict(x[i]), 1e-12);
        assertEquals(1.0, c.predict(x[0])[0] + c.predict(x[0])[1] + c.predict(x[0])[2], 1e-9);
    }
}
