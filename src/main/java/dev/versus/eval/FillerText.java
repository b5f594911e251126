package dev.versus.eval;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded filler sentences for long-context haystacks, written for versus in English and Spanish.
 *
 * <p>The sentences contain no digits and never mention codes or archives, so the needle is the only
 * thing in a haystack that looks like an answer. Not thread-safe.
 */
final class FillerText {

  private record Words(
      List<String> times, List<String> subjects, List<String> verbs, List<String> objects,
      List<String> places, List<String> endings) {}

  private static final Words EN = new Words(
      List.of("In the early morning", "Later that week", "Every spring", "On quiet afternoons",
          "Before the harbour opened", "During the long winter", "After the market closed",
          "At the end of the season", "Once the rain had stopped", "Most evenings"),
      List.of("the old ferryman", "a young botanist", "the village baker", "our neighbour from the hill",
          "the librarian", "a travelling musician", "the school gardener", "the lighthouse keeper",
          "a retired surveyor", "the potter", "the youngest of the weavers", "a quiet clockmaker"),
      List.of("repaired", "painted", "counted", "carried", "described", "measured", "sorted",
          "polished", "sketched", "cleaned", "inspected", "labelled"),
      List.of("the wooden benches", "a basket of pears", "the faded maps", "the copper kettles",
          "a row of lanterns", "the wool blankets", "the glass jars", "a stack of letters",
          "the garden gates", "the fishing nets", "the clay pots", "the painted shutters"),
      List.of("near the river", "behind the mill", "in the covered market", "along the coastal path",
          "beside the chapel", "at the edge of the orchard", "in the back room of the inn",
          "under the old bridge", "on the terrace", "by the stone wall"),
      List.of("", " while the others talked about the weather", " and nobody seemed to notice",
          " because the festival was coming", " as the bells rang in the distance",
          " without saying a word", " so that the visitors could see them"));

  private static final Words ES = new Words(
      List.of("A primera hora de la mañana", "Más tarde esa semana", "Cada primavera",
          "En las tardes tranquilas", "Antes de que abriera el puerto", "Durante el largo invierno",
          "Cuando cerró el mercado", "Al final de la temporada", "En cuanto dejó de llover",
          "Casi todas las noches"),
      List.of("el viejo barquero", "una joven botánica", "el panadero del pueblo",
          "nuestra vecina de la colina", "la bibliotecaria", "un músico ambulante",
          "el jardinero de la escuela", "la guardiana del faro", "un agrimensor jubilado",
          "el alfarero", "la más joven de las tejedoras", "un relojero silencioso"),
      List.of("reparó", "pintó", "contó", "llevó", "describió", "midió", "ordenó", "pulió",
          "dibujó", "limpió", "revisó", "etiquetó"),
      List.of("los bancos de madera", "una cesta de peras", "los mapas descoloridos",
          "las teteras de cobre", "una fila de faroles", "las mantas de lana", "los tarros de cristal",
          "un montón de cartas", "las puertas del huerto", "las redes de pesca", "las macetas de barro",
          "las contraventanas pintadas"),
      List.of("junto al río", "detrás del molino", "en el mercado cubierto",
          "a lo largo del camino de la costa", "al lado de la ermita", "en el borde del huerto",
          "en la trastienda de la posada", "bajo el puente viejo", "en la terraza",
          "junto al muro de piedra"),
      List.of("", " mientras los demás hablaban del tiempo", " y nadie pareció darse cuenta",
          " porque se acercaba la fiesta", " mientras sonaban las campanas a lo lejos",
          " sin decir una palabra", " para que los visitantes lo vieran todo"));

  private final Words words;
  private final SplittableRandom random;

  FillerText(String lang, long seed) {
    this.words = switch (lang) {
      case "en" -> EN;
      case "es" -> ES;
      default -> throw new IllegalArgumentException("no filler text for language '" + lang + "'; expected en or es");
    };
    this.random = new SplittableRandom(seed);
  }

  String nextSentence() {
    return pick(words.times()) + ", " + pick(words.subjects()) + " " + pick(words.verbs()) + " "
        + pick(words.objects()) + " " + pick(words.places()) + pick(words.endings()) + ".";
  }

  /** A shorter sentence (no place, no ending), used to land close to a token target. */
  String nextShortSentence() {
    return pick(words.times()) + ", " + pick(words.subjects()) + " " + pick(words.verbs()) + " "
        + pick(words.objects()) + ".";
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
