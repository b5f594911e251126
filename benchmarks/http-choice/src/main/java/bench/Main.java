package bench;

/**
 * {@code serve jdk|helidon|jetty PORT}, {@code client jdk|jetty URL CONCURRENCY SECONDS} (streams)
 * or {@code post jdk|jetty|helidon|apache URL CONCURRENCY SECONDS} (small POSTs).
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "serve" -> {
        int port = Integer.parseInt(args[2]);
        switch (args[1]) {
          case "jdk" -> Servers.jdk(port);
          case "helidon" -> Servers.helidon(port);
          case "jetty" -> Servers.jetty(port);
          default -> throw new IllegalArgumentException(args[1]);
        }
        System.out.println("ready " + args[1] + " " + port);
        Thread.currentThread().join();
      }
      case "post" ->
          PostClients.run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      case "client" ->
          Clients.run(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
