package dev.kairos.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One page's stream of server-sent events: {@code record} (a record the dashboard saw, with its
 * sequence number as the event id) and {@code changed} (tasks changed without a record). It starts
 * after the sequence number the page names ({@code Last-Event-ID} on a reconnect, or {@code ?after=}),
 * so a page loses nothing between its first load and the stream. A comment every 15 seconds keeps
 * proxies from closing it and finds a page that left.
 */
final class EventStream {
    static final int MAX_STREAMS = 16;
    private static final int KEEP_ALIVE_SECONDS = 15;
    private final Feed feed;

    EventStream(Feed feed) {
        this.feed = feed;
    }

    void serve(HttpExchange ex, long after) throws IOException, InterruptedException {
        if (feed.subscribers() >= MAX_STREAMS) {
            Replies.error(ex, 503, "too many open event streams (" + MAX_STREAMS + "); close a dashboard page");
            return;
        }
        Subscriber s = new Subscriber();
        feed.subscribe(s);
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            long last = after;
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            for (RecordRing.Entry e : feed.ring().after(after)) {
                last = write(out, e);
            }
            out.flush();
            while (true) {
                Object next = s.next(KEEP_ALIVE_SECONDS);
                if (next == null) {
                    out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
                } else if (next instanceof RecordRing.Entry e) {
                    if (e.seq() > last) {
                        last = write(out, e);
                    }
                } else if (next == Subscriber.Event.CHANGED) {
                    out.write("event: changed\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    break;
                }
                out.flush();
            }
        } finally {
            feed.unsubscribe(s);
            ex.close();
        }
    }

    private static long write(OutputStream out, RecordRing.Entry e) throws IOException {
        // Json escapes line breaks, so the data is one line.
        String event = "id: " + e.seq() + "\nevent: record\ndata: " + Json.write(Payloads.record(e)) + "\n\n";
        out.write(event.getBytes(StandardCharsets.UTF_8));
        return e.seq();
    }
}
