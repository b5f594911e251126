package dev.versus.sim;

import dev.versus.core.FinishReason;
import dev.versus.core.Message;
import dev.versus.core.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deterministic test double of the engine: by default answers every request at once with {@code
 * maxTokens} (default 5) tokens {@code "w0 w1 …"}, optionally preceded by reasoning tokens; a test
 * can make the next request be rejected, follow a fixed script, or be fed event by event.
 */
class ScriptedModel implements SimModel {
  private final String name;
  private final List<String> servedNames;
  private final ErrorStyle style;
  private final int reasoningTokens;
  private final ConcurrentLinkedQueue<Object> plans = new ConcurrentLinkedQueue<>();
  final AtomicInteger running = new AtomicInteger();
  final AtomicLong promptTokens = new AtomicLong();
  final AtomicLong generated = new AtomicLong();
  final AtomicLong requests = new AtomicLong();
  final AtomicLong rejected = new AtomicLong();
  final AtomicLong cancels = new AtomicLong();
  final AtomicBoolean closed = new AtomicBoolean();
  final List<GenerationRequest> received =
      java.util.Collections.synchronizedList(new ArrayList<>());

  ScriptedModel(String name, ErrorStyle style, int reasoningTokens, String... aliases) {
    this.name = name;
    this.style = style;
    this.reasoningTokens = reasoningTokens;
    List<String> names = new ArrayList<>(List.of(name));
    names.addAll(List.of(aliases));
    this.servedNames = List.copyOf(names);
  }

  static ScriptedModel plain(String name) {
    return new ScriptedModel(name, ErrorStyle.OPENAI, 0);
  }

  /** The next submit is refused with {@code fault}. */
  void rejectNext(SimFault fault) {
    plans.add(fault);
  }

  /** The next generation yields exactly these events (and then repeats the last). */
  void scriptNext(GenerationEvent... events) {
    plans.add(List.of(events));
  }

  /** The next generation yields what the test puts into the returned queue. */
  BlockingQueue<GenerationEvent> feedNext() {
    BlockingQueue<GenerationEvent> queue = new LinkedBlockingQueue<>();
    plans.add(queue);
    return queue;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> servedNames() {
    return servedNames;
  }

  @Override
  public ErrorStyle errorStyle() {
    return style;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Admission submit(GenerationRequest request) {
    received.add(request);
    Object plan = plans.poll();
    if (plan instanceof SimFault fault) {
      rejected.incrementAndGet();
      return new Admission.Rejected(fault);
    }
    requests.incrementAndGet();
    int prompt = countTokens(request.messages());
    promptTokens.addAndGet(prompt);
    BlockingQueue<GenerationEvent> events;
    if (plan instanceof BlockingQueue<?> fed) {
      events = (BlockingQueue<GenerationEvent>) fed;
    } else {
      events =
          new LinkedBlockingQueue<>(
              plan instanceof List<?> script
                  ? (List<GenerationEvent>) script
                  : defaultAnswer(request, prompt));
    }
    running.incrementAndGet();
    return new Admission.Accepted(new Fed(prompt, events));
  }

  private List<GenerationEvent> defaultAnswer(GenerationRequest request, int prompt) {
    int answer = request.sampling().maxTokens().orElse(5);
    List<GenerationEvent> events = new ArrayList<>();
    for (int i = 0; i < reasoningTokens; i++) {
      events.add(new GenerationEvent.Tokens("", "r" + i + " ", 1));
    }
    for (int i = 0; i < answer; i++) {
      events.add(new GenerationEvent.Tokens("w" + i + " ", "", 1));
    }
    FinishReason reason =
        request.sampling().maxTokens().isPresent() ? FinishReason.LENGTH : FinishReason.STOP;
    events.add(
        new GenerationEvent.Done(
            reason, Usage.server(prompt, answer + reasoningTokens, reasoningTokens)));
    return events;
  }

  @Override
  public int countTokens(List<Message> messages) {
    int words = 0;
    for (Message message : messages) {
      String text = message.content().strip();
      words += text.isEmpty() ? 0 : text.split("\\s+").length;
    }
    return words;
  }

  @Override
  public SimStats stats() {
    int now = running.get();
    return new SimStats(
        now,
        0,
        now * 0.125,
        1_000_000L + now * 1000L,
        promptTokens.get(),
        generated.get(),
        requests.get(),
        rejected.get(),
        cancels.get(),
        0);
  }

  @Override
  public void close() {
    closed.set(true);
  }

  /** A generation that reads its events from a queue. */
  private final class Fed implements Generation {
    private final int prompt;
    private final BlockingQueue<GenerationEvent> events;
    private final AtomicBoolean released = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile GenerationEvent terminal;

    Fed(int prompt, BlockingQueue<GenerationEvent> events) {
      this.prompt = prompt;
      this.events = events;
    }

    @Override
    public int promptTokens() {
      return prompt;
    }

    @Override
    public GenerationEvent next() throws InterruptedException {
      if (terminal != null) {
        return terminal;
      }
      GenerationEvent event = events.take();
      if (event instanceof GenerationEvent.Tokens tokens) {
        generated.addAndGet(tokens.tokens());
      } else {
        terminal = event;
      }
      return event;
    }

    @Override
    public void cancel() {
      if (terminal == null && cancelled.compareAndSet(false, true)) {
        cancels.incrementAndGet();
      }
      release();
    }

    @Override
    public void close() {
      if (terminal == null) {
        cancel();
      }
      release();
    }

    private void release() {
      if (released.compareAndSet(false, true)) {
        running.decrementAndGet();
      }
    }
  }
}
