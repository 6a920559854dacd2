package dev.headroom.model.clamav;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import dev.headroom.model.clamav.db.DatabaseFile;
import dev.headroom.model.clamav.db.DatabaseKind;
import dev.headroom.model.clamav.db.SignatureDatabase;

/**
 * clamd's memory and load time as functions of its signature database, with the constants
 * calibrated against the real clamd ({@code engine-model.properties}; the experiment is
 * {@code docs/calibration.md}, the script {@code bench/clamd-calibrate.sh}, whose
 * {@code term()} this class mirrors).
 *
 * <p>Plain database files count by their extension. A container ({@code .cvd .cld .cud}) says
 * only its total in its header; its signatures are spread over the kinds by the assumed
 * {@code container.mix}, and the estimate says so.
 */
public final class EngineModel {

    private static final String RESOURCE = "/dev/headroom/clamav/engine-model.properties";
    private static volatile EngineModel calibrated;

    private final String calibratedOn;
    private final double reference;
    private final double baseBytes;
    private final double processBytes;
    private final double baseCpu;
    private final double slowHostFactor;
    private final Map<String, double[]> kinds;
    private final Map<String, Double> containerMix;
    private final long officialSignatures;

    private EngineModel(Properties p) {
        calibratedOn = p.getProperty("calibrated", "?");
        reference = number(p, "reference.sigs");
        baseBytes = number(p, "base.bytes");
        processBytes = number(p, "process.bytes");
        baseCpu = number(p, "base.cpu.seconds");
        slowHostFactor = number(p, "load.slow.host.factor");
        Map<String, double[]> k = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".bytes.per.sig")) {
                String kind = key.substring(0, key.length() - ".bytes.per.sig".length());
                k.put(kind, new double[] {number(p, key),
                        Double.parseDouble(p.getProperty(kind + ".exponent", "1")),
                        number(p, kind + ".cpu.seconds.per.sig")});
            }
        }
        kinds = Collections.unmodifiableMap(k);
        Map<String, Double> mix = new LinkedHashMap<>();
        double sum = 0;
        for (String part : p.getProperty("container.mix", "").split(",")) {
            String[] kv = part.trim().split("\\s+");
            if (kv.length == 2) {
                double share = Double.parseDouble(kv[1]);
                mix.put(kv[0], share);
                sum += share;
            }
        }
        if (mix.isEmpty() || Math.abs(sum - 1) > 1e-6 || !kinds.keySet().containsAll(mix.keySet())) {
            throw new IllegalStateException(RESOURCE + ": container.mix must name known kinds and add up to 1");
        }
        containerMix = Collections.unmodifiableMap(mix);
        officialSignatures = (long) number(p, "official.signatures");
    }

    /** The constants shipped with headroom. */
    public static EngineModel calibrated() {
        EngineModel m = calibrated;
        if (m == null) {
            Properties p = new Properties();
            try (InputStream in = EngineModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            m = new EngineModel(p);
            calibrated = m;
        }
        return m;
    }

    /** When and where the constants were measured. */
    public String calibratedOn() {
        return calibratedOn;
    }

    /** The clamd process without its engine (libraries, threads, buffers): not doubled by a reload. */
    public long processBytes() {
        return Math.round(processBytes);
    }

    /** Whether the model has constants for signatures of this kind. */
    public boolean knows(DatabaseKind kind) {
        return kinds.containsKey(key(kind));
    }

    /** The estimate for these signature counts per kind (extension without the dot). */
    public EngineEstimate estimate(Map<String, Long> signaturesByKind, boolean mixAssumed) {
        double bytes = baseBytes;
        double cpu = baseCpu;
        long total = 0;
        for (Map.Entry<String, Long> e : signaturesByKind.entrySet()) {
            long n = e.getValue();
            double[] c = kinds.get(e.getKey());
            if (n <= 0 || c == null) {
                continue;
            }
            total += n;
            bytes += c[0] * reference * Math.pow(n / reference, c[1]);
            cpu += c[2] * n;
        }
        long steady = Math.round(bytes);
        return new EngineEstimate(total, Map.copyOf(signaturesByKind), steady, steady - Math.round(processBytes), cpu,
                cpu * slowHostFactor, mixAssumed);
    }

    /** The estimate for the files of a database directory that clamd loads. */
    public EngineEstimate estimate(SignatureDatabase db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean assumed = false;
        for (DatabaseFile f : db.files()) {
            if (!f.loads() || f.signatures() <= 0) {
                continue;
            }
            if (f.kind().format() == DatabaseKind.Format.CONTAINER) {
                assumed = true;
                spread(f.signatures(), counts);
            } else if (knows(f.kind())) {
                counts.merge(key(f.kind()), f.signatures(), Long::sum);
            }
        }
        return estimate(counts, assumed);
    }

    /** The estimate for the official main + daily + bytecode databases, when no directory could be read. */
    public EngineEstimate official() {
        Map<String, Long> counts = new LinkedHashMap<>();
        spread(officialSignatures, counts);
        return estimate(counts, true);
    }

    /** A container's total spread over the kinds by the assumed mix; the parts add up to the total. */
    private void spread(long total, Map<String, Long> counts) {
        long left = total;
        int i = 0;
        for (Map.Entry<String, Double> m : containerMix.entrySet()) {
            long n = ++i == containerMix.size() ? left : Math.min(left, Math.round(total * m.getValue()));
            left -= n;
            counts.merge(m.getKey(), n, Long::sum);
        }
    }

    private static String key(DatabaseKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": no " + key);
        }
        return Double.parseDouble(v.trim());
    }
}
