package dev.versus.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code regex}: the response matches (finds) the pattern in option {@code pattern}, or else one
 * of the expected strings read as patterns; option {@code negate: true} inverts the result.
 */
final class RegexScorer implements Scorer {
  @Override
  public void validate(EvalCase c) {
    patterns(c);
  }

  @Override
  public Score score(String response, EvalCase c) {
    boolean negate = c.options().booleanOr("negate", false);
    if (!negate) {
      var empty = Responses.emptyFailure(response);
      if (empty.isPresent()) {
        return empty.get();
      }
    }
    for (Pattern p : patterns(c)) {
      Matcher m = p.matcher(response);
      if (m.find()) {
        return negate
            ? Score.fail(m.group(), "response matches forbidden /" + p + "/")
            : Score.pass(m.group(), "response matches /" + p + "/");
      }
    }
    return negate
        ? Score.pass("", "response matches no forbidden pattern")
        : Score.fail("", "response matches none of the patterns");
  }

  private static List<Pattern> patterns(EvalCase c) {
    List<String> sources =
        c.options().string("pattern").map(List::of).orElse(c.expected());
    if (sources.isEmpty()) {
      throw new EvalException(
          "case " + c.id() + ": scorer 'regex' needs option 'pattern' or an expected pattern");
    }
    List<Pattern> out = new ArrayList<>();
    for (String s : sources) {
      try {
        out.add(Pattern.compile(s));
      } catch (PatternSyntaxException e) {
        throw new EvalException(
            "case " + c.id() + ": invalid regular expression '" + s + "': " + e.getDescription());
      }
    }
    return out;
  }
}
