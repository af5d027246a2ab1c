package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Who may ask what: credentials on every request (when set), the Host a loopback dashboard answers
 * to (so a page of another site cannot reach it by DNS rebinding), and the CSRF token every action
 * carries. Secrets are compared in constant time.
 */
final class Guard {
    static final String CSRF_HEADER = "X-CSRF-Token";
    private final DashboardOptions options;
    private final boolean loopback;
    private final String csrf;
    private final byte[] token;
    private final byte[] basic;

    Guard(DashboardOptions options, InetAddress bound) {
        this.options = options;
        this.loopback = bound.isLoopbackAddress();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.token = options.token().map(Guard::digest).orElse(null);
        this.basic = options.user()
                .map(u -> digest(Base64.getEncoder().encodeToString(
                        (u + ":" + options.password().orElseThrow()).getBytes(StandardCharsets.UTF_8))))
                .orElse(null);
    }

    String csrf() {
        return csrf;
    }

    /** Whether the request carries the credentials (or none are needed). */
    boolean authorized(HttpExchange ex) {
        if (!options.hasCredentials()) {
            return true;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null) {
            return false;
        }
        if (token != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return MessageDigest.isEqual(token, digest(auth.substring(7).strip()));
        }
        if (basic != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            return MessageDigest.isEqual(basic, digest(auth.substring(6).strip()));
        }
        return false;
    }

    /** The challenge sent with a 401. */
    String challenge() {
        return basic != null ? "Basic realm=\"Kairos\", charset=\"UTF-8\"" : "Bearer realm=\"Kairos\"";
    }

    /**
     * Whether the Host header is one a loopback dashboard is reached by (localhost, a loopback
     * address). A dashboard on another address has credentials, which a rebound page does not know.
     */
    boolean hostAllowed(HttpExchange ex) {
        if (!loopback || options.hasCredentials()) {
            return true;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            name = name.substring(1, Math.max(1, name.indexOf(']')));
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        return name.equals("localhost") || name.endsWith(".localhost") || name.equals("::1")
                || name.matches("127(\\.\\d{1,3}){3}");
    }

    /** Whether an action carries this dashboard's CSRF token. */
    boolean csrfValid(HttpExchange ex) {
        String sent = ex.getRequestHeaders().getFirst(CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(digest(csrf), digest(sent));
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
