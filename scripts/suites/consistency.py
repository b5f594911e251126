"""consistency: questions with one stable short answer, meant to be asked several times (tag repeats:N)."""
from common import case, key, write

# (lang, question, expected, wrong, scorer)
Q = [
 ("es", "¿Cuál es la capital de Portugal?", "Lisboa", "Oporto", "normalized"),
 ("es", "¿Cuántos lados tiene un hexágono?", "6", "8", "number"),
 ("es", "¿Cuánto es 17 × 23?", "391", "381", "number"),
 ("es", "¿Qué color se obtiene al mezclar azul y amarillo?", "verde", "naranja", "normalized"),
 ("es", "¿Cuántos minutos hay en 3 horas y cuarto?", "195", "315", "number"),
 ("es", "¿Qué planeta es el más cercano al Sol?", "Mercurio", "Venus", "normalized"),
 ("es", "¿Cuál es el resultado de 144 entre 12?", "12", "14", "number"),
 ("es", "¿En qué continente está Chile?", "América", "Europa", "normalized"),
 ("es", "Clasifica como positivo, negativo o neutro: «El servicio fue excelente».", "positivo", "neutro", "normalized"),
 ("es", "¿Cuántos días tiene un año bisiesto?", "366", "365", "number"),
 ("es", "¿Cuál es el símbolo químico del oro?", "Au", "Ag", "normalized"),
 ("es", "¿Qué número sigue en la serie 2, 4, 8, 16...?", "32", "24", "number"),
 ("es", "¿Cuánto es el 15 % de 200?", "30", "15", "number"),
 ("es", "¿Cuál es el océano más grande de la Tierra?", "Pacífico", "Atlántico", "normalized"),
 ("es", "¿Es 91 un número primo? Responde sí o no.", "no", "sí", "normalized"),
 ("en", "What is the capital of Canada?", "Ottawa", "Toronto", "normalized"),
 ("en", "How many sides does a pentagon have?", "5", "6", "number"),
 ("en", "What is 29 + 48?", "77", "67", "number"),
 ("en", "What gas do plants absorb from the air for photosynthesis?", "carbon dioxide", "oxygen", "normalized"),
 ("en", "How many seconds are there in 2.5 minutes?", "150", "125", "number"),
 ("en", "Which is larger, 0.7 or 0.65? Answer with the number.", "0.7", "0.65", "number"),
 ("en", "What is the chemical symbol for sodium?", "Na", "So", "normalized"),
 ("en", "Classify as spam or not_spam: 'You won a free cruise, click here now!'", "spam", "not_spam", "normalized"),
 ("en", "What is the square root of 169?", "13", "12", "number"),
 ("en", "In which year did the Second World War end?", "1945", "1944", "number"),
 ("en", "What is 3/4 written as a decimal?", "0.75", "0.34", "number"),
 ("en", "Which planet is known as the Red Planet?", "Mars", "Jupiter", "normalized"),
 ("en", "Is 2 an even number? Answer yes or no.", "yes", "no", "normalized"),
 ("en", "How many continents are there in the seven-continent model?", "7", "6", "number"),
 ("en", "What is 1000 minus 357?", "643", "753", "number"),
]

SUFFIX = {"es": "\nResponde solo con la respuesta, sin explicación.", "en": "\nAnswer with the answer only, no explanation."}
REPEATS = 5


def build():
    cases, keys = [], []
    for i, (lang, q, exp, wrong, scorer) in enumerate(Q, start=1):
        options = {"tolerance": 1e-6} if scorer == "number" else None
        c = case("consistency-%03d" % i, q + SUFFIX[lang], exp, scorer, lang, ["repeats:%d" % REPEATS], options=options)
        cases.append(c)
        keys.append(key("consistency", c, exp, wrong))
    write("consistency", cases, keys)


if __name__ == "__main__":
    build()
