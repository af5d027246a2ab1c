package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The body of an action: form-encoded pairs ({@code name=value&…}), at most {@link #LIMIT} bytes. */
final class Forms {
    static final int LIMIT = 16 * 1024;
    private static final String TYPE = "application/x-www-form-urlencoded";

    private Forms() {
    }

    /**
     * The pairs of the request's body, in order; none for an empty body.
     *
     * @throws IllegalArgumentException for a body over the limit, of another type, or with a pair
     *                                  that has no name, no {@code =} or a name given twice
     */
    static Map<String, String> read(HttpExchange ex) throws IOException {
        byte[] body;
        try (InputStream in = ex.getRequestBody()) {
            body = in.readNBytes(LIMIT + 1);
        }
        if (body.length > LIMIT) {
            throw new IllegalArgumentException("the body is over " + LIMIT + " bytes");
        }
        if (body.length == 0) {
            return Map.of();
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(TYPE)) {
            throw new IllegalArgumentException("the body is " + (type == null ? "of no type" : "'" + type + "'")
                    + "; accepted: " + TYPE + " (name=value&…)");
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    static Map<String, String> parse(String form) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : decode(pair.substring(0, eq)).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("a parameter is '" + decode(pair) + "'; accepted: name=value");
            }
            if (pairs.put(name, decode(pair.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("the parameter '" + name + "' is given twice");
            }
        }
        return pairs;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + s + "' is not form-encoded: " + e.getMessage(), e);
        }
    }
}
