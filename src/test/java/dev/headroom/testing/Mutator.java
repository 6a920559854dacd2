package dev.headroom.testing;

import java.util.Random;

/**
 * The byte-level mutations the fuzz tests apply to real configuration files: insert a piece of
 * the language's own syntax ("spice"), delete a run, insert any byte, truncate, duplicate a
 * stretch, flip a bit. Text is one char per byte, as headroom holds files.
 */
public final class Mutator {

    private final String[] spice;
    private final int maxCopy;

    /**
     * @param spice   fragments of the language that are likely to confuse a reader
     * @param maxCopy the longest stretch copied elsewhere in one mutation
     */
    public Mutator(String[] spice, int maxCopy) {
        this.spice = spice.clone();
        this.maxCopy = maxCopy;
    }

    public String mutate(String s, Random rnd, int n) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < n; k++) {
            int at = b.length() == 0 ? 0 : rnd.nextInt(b.length() + 1);
            switch (rnd.nextInt(6)) {
                case 0:
                    b.insert(at, spice[rnd.nextInt(spice.length)]);
                    break;
                case 1:
                    b.delete(Math.min(at, b.length()), Math.min(b.length(), at + rnd.nextInt(40)));
                    break;
                case 2:
                    b.insert(at, (char) rnd.nextInt(256));
                    break;
                case 3:
                    b.setLength(Math.min(b.length(), at));
                    break;
                case 4:
                    int from = b.length() == 0 ? 0 : rnd.nextInt(b.length());
                    b.insert(at, b.substring(from, Math.min(b.length(), from + rnd.nextInt(maxCopy))));
                    break;
                default:
                    if (at < b.length()) {
                        b.setCharAt(at, (char) (b.charAt(at) ^ (1 << rnd.nextInt(8))));
                    }
            }
        }
        return b.toString();
    }

    /**
     * Random text of fewer than {@code maxLength} chars (one per byte): each char one of
     * {@code favoured} one time in {@code oneIn}, any byte otherwise.
     */
    public static String noise(Random rnd, int maxLength, String favoured, int oneIn) {
        char[] c = new char[rnd.nextInt(maxLength)];
        for (int k = 0; k < c.length; k++) {
            c[k] = !favoured.isEmpty() && rnd.nextInt(oneIn) == 0 ? favoured.charAt(rnd.nextInt(favoured.length()))
                    : (char) rnd.nextInt(256);
        }
        return new String(c);
    }

    /**
     * Four damaged files from one of the seeds: random bytes (fewer than {@code maxNoise}), a
     * seed cut short, the same with CRLF line ends, and a whole seed with CR only.
     */
    public static java.util.List<String> damaged(java.util.List<String> seeds, Random rnd, int maxNoise) {
        String noise = noise(rnd, maxNoise, "", 1);
        String seed = seeds.get(rnd.nextInt(seeds.size()));
        String cut = seed.substring(0, rnd.nextInt(seed.length() + 1));
        return java.util.List.of(noise, cut, cut.replace("\n", "\r\n"), seed.replace("\n", "\r"));
    }

    /**
     * Hands {@code check} a text and its label: {@code mutations} mutations of the seeds (1 to 8
     * changes each), the first seed cut at every length, and 300 random texts of up to 500 bytes.
     */
    public void fuzz(java.util.List<String> seeds, Random rnd, int mutations,
            java.util.function.BiConsumer<String, String> check) {
        for (int i = 0; i < mutations; i++) {
            check.accept(mutate(seeds.get(rnd.nextInt(seeds.size())), rnd, 1 + rnd.nextInt(8)), "mutation " + i);
        }
        String first = seeds.get(0);
        for (int n = 0; n <= first.length(); n++) {
            check.accept(first.substring(0, n), "truncated at " + n);
        }
        for (int i = 0; i < 300; i++) {
            check.accept(noise(rnd, 500, "", 1), "random " + i);
        }
    }
}
