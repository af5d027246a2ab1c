package dev.kairos.spring;

import dev.kairos.Session;
import dev.kairos.dashboard.Dashboard;
import dev.kairos.dashboard.DashboardOptions;
import java.io.UncheckedIOException;

/** The dashboard, in a class of its own: loaded only when enabled, so kairos-dashboard stays optional. */
final class Dashboards {
    private Dashboards() {
    }

    /** Starts the dashboard of {@code kairos.dashboard.*}, or fails the context start saying why. */
    static Dashboard start(Session session, KairosProperties.Dashboard p) {
        try {
            DashboardOptions.Builder b = DashboardOptions.builder().bind(p.getHost(), p.getPort())
                    .readOnly(p.isReadOnly());
            if (p.getToken() != null && !p.getToken().isBlank()) {
                b.token(p.getToken());
            }
            return Dashboard.start(session, b.build());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new StartupException("kairos.dashboard: " + e.getMessage(), "Change kairos.dashboard.host, "
                    + ".port or .token, or turn it off with kairos.dashboard.enabled=false.", e);
        }
    }
}
