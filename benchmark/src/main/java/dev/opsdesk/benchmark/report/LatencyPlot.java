package dev.opsdesk.benchmark.report;

import dev.opsdesk.benchmark.steps.IntakeStep;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * SVG of intake latency against offered rate: p50, p99 and max of every step-up and sustained run
 * (from intended start, log scale), the 100 ms p99 limit, the sustained rate and B_pg.
 */
public final class LatencyPlot {

    static final int WIDTH = 760;
    static final int HEIGHT = 460;
    private static final int LEFT = 70;
    private static final int RIGHT = 30;
    private static final int TOP = 40;
    private static final int BOTTOM = 80;

    private LatencyPlot() {
    }

    public static String svg(String title, List<IntakeStep> steps, Double sustainedRate, Double pgBaseline,
                             double limitMs) {
        List<IntakeStep> points = steps.stream().filter(s -> !"warm-up".equals(s.phase()) && s.result().ok() > 0)
                .sorted(Comparator.comparingDouble(s -> s.result().offeredRate())).toList();
        double maxRate = points.stream().mapToDouble(s -> s.result().offeredRate()).max().orElse(1);
        boolean pgOnScale = pgBaseline != null && pgBaseline <= maxRate * 1.5;
        double xMax = niceCeiling(Math.max(maxRate, pgOnScale ? pgBaseline : 0) * 1.05);
        double yMaxMs = Math.max(1000, points.stream().mapToDouble(s -> s.result().latency().max()).max().orElse(1));
        Axes axes = new Axes(xMax, Math.floor(Math.log10(Math.max(0.01, minLatency(points)))),
                Math.ceil(Math.log10(yMaxMs)));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append(text(WIDTH / 2.0, 22, "middle", 15, escape(title)));
        axes.draw(svg);
        horizontal(svg, axes, limitMs, "#d62728", "p99 limit " + (int) limitMs + " ms");
        if (sustainedRate != null) {
            vertical(svg, axes, sustainedRate, "#2ca02c", "sustained " + (long) Math.round(sustainedRate) + "/s");
        }
        if (pgOnScale) {
            vertical(svg, axes, pgBaseline, "#9467bd", "B_pg " + (long) Math.round(pgBaseline) + "/s");
        } else if (pgBaseline != null) {
            svg.append(text(WIDTH - RIGHT, TOP - 6, "end", 12, "B_pg " + Math.round(pgBaseline) + "/s (off scale) →"));
        }
        series(svg, axes, points, s -> s.result().latency().p50(), "#1f77b4", "p50", 0);
        series(svg, axes, points, s -> s.result().latency().p99(), "#ff7f0e", "p99", 1);
        series(svg, axes, points, s -> s.result().latency().max(), "#7f7f7f", "max", 2);
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** Dots (passed) and squares (failed) joined in rate order for the search, rings for sustained runs. */
    private static void series(StringBuilder svg, Axes axes, List<IntakeStep> points, ToDoubleFunction<IntakeStep> ms,
                               String colour, String name, int legendItem) {
        StringBuilder path = new StringBuilder();
        for (IntakeStep p : points) {
            double x = axes.x(p.result().offeredRate());
            double y = axes.y(ms.applyAsDouble(p));
            if ("sustained".equals(p.phase())) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"6\" fill=\"none\" stroke=\"%s\""
                        + " stroke-width=\"2\"/>%n", fmt(x), fmt(y), colour));
                continue;
            }
            path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
            svg.append(p.passed()
                    ? String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3.5\" fill=\"%s\"/>%n", fmt(x), fmt(y), colour)
                    : String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"7\" height=\"7\" fill=\"%s\"/>%n",
                    fmt(x - 3.5), fmt(y - 3.5), colour));
        }
        if (!path.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"%s/>%n",
                    path, colour, "max".equals(name) ? " stroke-dasharray=\"2 3\"" : ""));
        }
        double lx = LEFT + legendItem * 70;
        double ly = HEIGHT - 14;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                fmt(lx), fmt(ly - 4), fmt(lx + 18), fmt(ly - 4), colour));
        svg.append(text(lx + 24, ly, "start", 12, name));
        if (legendItem == 0) {
            svg.append(text(LEFT + 220, ly, "start", 11, "dot: step passed · square: step failed · ring: sustained run"));
        }
    }

    private static void horizontal(StringBuilder svg, Axes axes, double ms, String colour, String label) {
        double y = axes.y(ms);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"%s\""
                + " stroke-dasharray=\"6 4\"/>%n", LEFT, fmt(y), WIDTH - RIGHT, fmt(y), colour));
        svg.append(text(WIDTH - RIGHT - 4, y - 5, "end", 11, label));
    }

    private static void vertical(StringBuilder svg, Axes axes, double rate, String colour, String label) {
        double x = axes.x(rate);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"%s\""
                + " stroke-dasharray=\"6 4\"/>%n", fmt(x), TOP, fmt(x), HEIGHT - BOTTOM, colour));
        svg.append(text(x + 4, HEIGHT - BOTTOM - 6, "start", 11, label));
    }

    /** Linear rate axis from 0, log latency axis in decades. */
    private record Axes(double xMax, double yMinDecade, double yMaxDecade) {

        double x(double rate) {
            return LEFT + rate / xMax * (WIDTH - LEFT - RIGHT);
        }

        double y(double ms) {
            double decade = Math.log10(Math.max(ms, Math.pow(10, yMinDecade)));
            double span = Math.max(1, yMaxDecade - yMinDecade);
            return HEIGHT - BOTTOM - (decade - yMinDecade) / span * (HEIGHT - TOP - BOTTOM);
        }

        void draw(StringBuilder svg) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                    + " stroke=\"#333\"/>%n", LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
            for (double d = yMinDecade; d <= yMaxDecade; d++) {
                double ms = Math.pow(10, d);
                double y = y(ms);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"#ddd\"/>%n",
                        LEFT, fmt(y), WIDTH - RIGHT, fmt(y)));
                svg.append(text(LEFT - 6, y + 4, "end", 11, ms >= 1 ? fmt(ms) + " ms" : ms + " ms"));
            }
            double step = niceStep(xMax / 6);
            for (double r = 0; r <= xMax + 1e-9; r += step) {
                double x = x(r);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%d\" x2=\"%s\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                        fmt(x), TOP, fmt(x), HEIGHT - BOTTOM));
                svg.append(text(x, HEIGHT - BOTTOM + 16, "middle", 11, fmt(r)));
            }
            svg.append(text((LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - BOTTOM + 36, "middle", 12,
                    "offered rate (tickets/s, open loop)"));
            svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%s\" transform=\"rotate(-90 16 %s)\""
                    + " text-anchor=\"middle\">latency from intended start (log)</text>%n",
                    fmt((TOP + HEIGHT - BOTTOM) / 2.0), fmt((TOP + HEIGHT - BOTTOM) / 2.0)));
        }
    }

    private static double minLatency(List<IntakeStep> points) {
        return points.stream().mapToDouble(s -> s.result().latency().p50()).filter(v -> v > 0).min().orElse(1);
    }

    static double niceStep(double rough) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(rough, 1e-9))));
        double f = rough / magnitude;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * magnitude;
    }

    static double niceCeiling(double value) {
        double step = niceStep(value / 6);
        return Math.ceil(value / step) * step;
    }

    private static String text(double x, double y, String anchor, int size, String content) {
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
                fmt(x), fmt(y), anchor, size, content);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
