package dev.versus.cli;

import dev.versus.eval.EvalModel;
import dev.versus.provider.ChatProvider;
import dev.versus.provider.ProviderException;
import dev.versus.provider.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The model clients of one eval run, created from references and closed together.
 *
 * @param list the models, keyed by their reference as given
 */
record EvalClients(List<EvalModel> list) implements AutoCloseable {
  static EvalClients create(ProviderRegistry registry, List<String> refs) {
    List<EvalModel> out = new ArrayList<>();
    try {
      for (String ref : refs) {
        if (out.stream().anyMatch(m -> m.key().equals(ref))) {
          throw new BadInputException("--model " + ref + " is given twice");
        }
        ChatProvider provider = registry.create(ref);
        out.add(new EvalModel(ref, provider));
      }
      return new EvalClients(List.copyOf(out));
    } catch (ProviderException | IllegalArgumentException e) {
      out.forEach(m -> m.provider().close());
      throw new BadInputException(e.getMessage());
    } catch (RuntimeException e) {
      out.forEach(m -> m.provider().close());
      throw e;
    }
  }

  @Override
  public void close() {
    list.forEach(m -> m.provider().close());
  }
}
