package io.lexfed.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Plain-English questions for the scenario's facts, from {@code questions.properties}. */
final class Questions {
    private static final Properties QUESTIONS = load();

    private Questions() {
    }

    static String of(String path) {
        return QUESTIONS.getProperty(path, "What is " + path + "?");
    }

    static boolean has(String path) {
        return QUESTIONS.containsKey(path);
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Questions.class.getResourceAsStream("/io/lexfed/analysis/questions.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
