package bench;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.client.InputStreamResponseListener;

/**
 * Drives C concurrent virtual threads that stream /stream back to back for a fixed time with the
 * JDK, Helidon or Jetty client, and prints requests/s, events/s and per-request latency percentiles.
 */
final class Clients {
  private Clients() {}

  interface Fetch {
    long stream(URI uri) throws Exception; // returns events read
  }

  static void run(String kind, String url, int concurrency, int seconds) throws Exception {
    URI uri = URI.create(url);
    Fetch fetch;
    AutoCloseable closer;
    if (kind.equals("jdk")) {
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newVirtualThreadPerTaskExecutor())
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      fetch =
          u -> {
            HttpResponse<InputStream> r =
                client.send(HttpRequest.newBuilder(u).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
              return count(in);
            }
          };
      closer = client;
    } else if (kind.equals("helidon")) {
      io.helidon.webclient.http1.Http1Client client = io.helidon.webclient.http1.Http1Client
          .builder().connectionCacheSize(20_000).shareConnectionCache(false).build();
      fetch =
          u -> {
            try (var r = client.get().uri(u).request();
                InputStream in = r.inputStream()) {
              return count(in);
            }
          };
      closer = client::closeResource;
    } else {
      org.eclipse.jetty.client.HttpClient client = new org.eclipse.jetty.client.HttpClient();
      client.setMaxConnectionsPerDestination(20_000);
      client.setMaxRequestsQueuedPerDestination(100_000);
      client.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      client.start();
      fetch =
          u -> {
            InputStreamResponseListener listener = new InputStreamResponseListener();
            client.newRequest(u).send(listener);
            listener.get(30, TimeUnit.SECONDS);
            try (InputStream in = listener.getInputStream()) {
              return count(in);
            }
          };
      closer = client::stop;
    }
    for (int i = 0; i < Math.min(concurrency, 50); i++) {
      fetch.stream(uri); // warm-up
    }
    AtomicLong requests = new AtomicLong();
    AtomicLong events = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[concurrency][];
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int slot = t;
      threads.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                      long start = System.nanoTime();
                      try {
                        events.addAndGet(fetch.stream(uri));
                        requests.incrementAndGet();
                        if (n < lat.length) {
                          lat[n++] = System.nanoTime() - start;
                        }
                      } catch (Exception e) {
                        errors.incrementAndGet();
                      }
                    }
                    latencies[slot] = java.util.Arrays.copyOf(lat, n);
                  }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = java.util.Arrays.stream(latencies).flatMapToLong(java.util.Arrays::stream).sorted().toArray();
    System.out.printf(
        java.util.Locale.ROOT,
        "client=%s concurrency=%d requests/s=%.0f events/s=%.0f errors=%d p50=%.2fms p99=%.2fms%n",
        kind,
        concurrency,
        requests.get() / (double) seconds,
        events.get() / (double) seconds,
        errors.get(),
        all.length == 0 ? 0 : all[all.length / 2] / 1e6,
        all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6);
    closer.close();
  }

  private static long count(InputStream in) throws java.io.IOException {
    byte[] buf = new byte[16384];
    long events = 0;
    int prev = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      for (int i = 0; i < n; i++) {
        int b = buf[i];
        if (b == '\n' && prev == '\n') {
          events++;
        }
        prev = b;
      }
    }
    return events;
  }
}
