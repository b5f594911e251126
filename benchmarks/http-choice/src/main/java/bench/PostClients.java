package bench;

import com.sun.management.OperatingSystemMXBean;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;

/**
 * Request rate of each candidate client on small request/response POSTs (a non-streaming chat
 * completion against {@code versus sim --profile instant}): C virtual threads in a closed loop for
 * a fixed time, reporting requests/s, latency percentiles and the client process's CPU time per
 * request, the figure that bounds a load generator's or a gateway's request rate on 2 cores.
 */
final class PostClients {
  private static final byte[] BODY = ("{\"model\":\"instant\",\"messages\":[{\"role\":\"user\","
      + "\"content\":\"Say hi.\"}],\"max_tokens\":16,\"ignore_eos\":true}")
      .getBytes(StandardCharsets.UTF_8);

  private PostClients() {}

  interface Post {
    int post(URI uri) throws Exception; // returns the response body's length
  }

  static void run(String kind, String url, int concurrency, int seconds) throws Exception {
    URI uri = URI.create(url);
    Post post;
    AutoCloseable closer;
    switch (kind) {
      case "jdk" -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .connectTimeout(Duration.ofSeconds(10)).build();
        post = u -> client.send(HttpRequest.newBuilder(u)
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(BODY)).build(),
            HttpResponse.BodyHandlers.ofByteArray()).body().length;
        closer = client;
      }
      case "jetty" -> {
        org.eclipse.jetty.client.HttpClient client = new org.eclipse.jetty.client.HttpClient();
        client.setMaxConnectionsPerDestination(20_000);
        client.setMaxRequestsQueuedPerDestination(100_000);
        client.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        client.start();
        post = u -> {
          ContentResponse r = client.POST(u)
              .body(new BytesRequestContent("application/json", BODY)).send();
          return r.getContent().length;
        };
        closer = client::stop;
      }
      case "helidon" -> {
        Http1Client client = Http1Client.builder().baseUri(uri)
            .connectTimeout(Duration.ofSeconds(10)).connectionCacheSize(20_000)
            .shareConnectionCache(false).sendExpectContinue(false).build();
        post = u -> {
          try (HttpClientResponse r = client.post().header(
                  io.helidon.http.HeaderNames.CONTENT_TYPE, "application/json")
              .submit(BODY)) {
            return r.entity().as(byte[].class).length;
          }
        };
        closer = () -> { };
      }
      case "apache" -> {
        CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(20_000).setMaxConnPerRoute(20_000).build())
            .build();
        post = u -> {
          HttpPost request = new HttpPost(u);
          request.setEntity(new ByteArrayEntity(BODY, ContentType.APPLICATION_JSON));
          return client.execute(request, r -> EntityUtils.toByteArray(r.getEntity()).length);
        };
        closer = client;
      }
      default -> throw new IllegalArgumentException(kind);
    }
    // warm-up: 3 s at the same concurrency, so every client is JIT-compiled alike
    loop(post, uri, concurrency, 3);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    Result r = loop(post, uri, concurrency, seconds);
    long cpu = os.getProcessCpuTime() - cpuBefore;
    System.out.printf(Locale.ROOT,
        "client=%s concurrency=%d requests/s=%.0f errors=%d p50=%.2fms p99=%.2fms"
            + " cpu_us_per_request=%.1f%n",
        kind, concurrency, r.requests / (double) seconds, r.errors,
        r.p50, r.p99, r.requests == 0 ? 0 : cpu / 1e3 / r.requests);
    closer.close();
  }

  private record Result(long requests, long errors, double p50, double p99) {}

  private static Result loop(Post post, URI uri, int concurrency, int seconds) throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long[][] latencies = new long[concurrency][];
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int slot = t;
      threads.add(Thread.ofVirtual().start(() -> {
        long[] lat = new long[1 << 17];
        int n = 0;
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          try {
            post.post(uri);
            requests.incrementAndGet();
            if (n < lat.length) {
              lat[n++] = System.nanoTime() - start;
            }
          } catch (Exception e) {
            if (errors.incrementAndGet() == 1) {
              System.err.println("first error: " + e);
            }
          }
        }
        latencies[slot] = Arrays.copyOf(lat, n);
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(requests.get(), errors.get(),
        all.length == 0 ? 0 : all[all.length / 2] / 1e6,
        all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6);
  }
}
