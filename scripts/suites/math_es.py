"""math-es: Spanish grade-school word problems written for versus. Each row: text, answer, typical wrong answer, tags."""
import re
from common import case, key, write, fmt_number

P = [
 ("Lucía compra 3 cuadernos a 2,40 € cada uno y un bolígrafo de 1,15 €. Paga con un billete de 10 €. ¿Cuántos euros le devuelven?", 10 - 3*2.40 - 1.15, 10 - 2.40 - 1.15, ["dinero", "decimales"]),
 ("Un tren sale de Zaragoza a las 9:40 y llega a Barcelona a las 11:15. ¿Cuántos minutos dura el viaje?", 95, 75, ["tiempo"]),
 ("En una biblioteca municipal hay 1.250 libros. Se prestan 318 y se devuelven 97. ¿Cuántos libros quedan en las estanterías?", 1250 - 318 + 97, 1250 - 318 - 97, ["miles", "sumas"]),
 ("Marta ha leído 3/8 de una novela de 240 páginas. ¿Cuántas páginas le faltan por leer?", 240 - 240*3/8, 90, ["fracciones"]),
 ("Una chaqueta cuesta 80 € y está rebajada un 25 %. ¿Cuánto cuesta ahora, en euros?", 60, 20, ["porcentajes", "dinero"]),
 ("Un grifo llena un cubo de 12 litros en 4 minutos. ¿Cuántos litros echa en 15 minutos al mismo ritmo?", 45, 48, ["ritmos"]),
 ("Pedro ahorra 15 € cada semana. ¿Cuántas semanas necesita para juntar 240 €?", 16, 15, ["dinero", "división"]),
 ("Un autobús recorre 180 km en 2 horas y media. ¿Cuál es su velocidad media en km/h?", 72, 90, ["ritmos", "decimales"]),
 ("En un pueblo viven 80 000 personas y el 35 % tiene menos de 30 años. ¿Cuántas personas tienen 30 años o más?", 52000, 28000, ["miles", "porcentajes"]),
 ("Ana tiene el doble de cromos que Luis, y entre los dos tienen 96. ¿Cuántos cromos tiene Ana?", 64, 48, ["álgebra"]),
 ("Una receta para 4 personas lleva 300 g de arroz. ¿Cuántos gramos hacen falta para 10 personas?", 750, 700, ["proporciones"]),
 ("Un rectángulo mide 12,5 m de largo y 8 m de ancho. ¿Cuál es su área en metros cuadrados?", 100, 41, ["geometría", "decimales"]),
 ("Un paquete de 6 yogures cuesta 2,70 €. ¿Cuánto cuesta un yogur, en euros?", 0.45, 0.5, ["dinero", "decimales"]),
 ("Carlos entra a trabajar a las 8:15 y sale a las 16:45. Si tiene 30 minutos para comer que no cuentan, ¿cuántas horas trabaja? (puede ser decimal)", 8, 8.5, ["tiempo", "decimales"]),
 ("Una clase tiene 28 alumnos y 3/4 aprueban el examen. ¿Cuántos suspenden?", 7, 21, ["fracciones"]),
 ("El precio de un billete de metro sube de 1,50 € a 1,65 €. ¿Qué porcentaje ha subido?", 10, 15, ["porcentajes", "dinero"]),
 ("Una fábrica produce 1.200 tornillos por hora. ¿Cuántos tornillos produce en una jornada de 7 horas y media?", 9000, 8400, ["miles", "ritmos"]),
 ("María tiene 45 años y su hija 13. ¿Dentro de cuántos años la madre tendrá exactamente el doble de edad que la hija?", 19, 32, ["álgebra", "edades"]),
 ("En una tienda de Sevilla compran 4 kg de naranjas a 1,35 €/kg y 2 kg de manzanas a 2,10 €/kg. ¿Cuánto pagan en total, en euros?", 4*1.35 + 2*2.10, 3.45, ["dinero", "decimales"]),
 ("Un ciclista da 12 vueltas a un circuito de 850 m. ¿Cuántos kilómetros recorre? (puede ser decimal)", 10.2, 10200, ["unidades", "decimales"]),
 ("Un depósito de 2.400 litros está lleno hasta sus 5/6 partes. ¿Cuántos litros contiene?", 2000, 400, ["fracciones", "miles"]),
 ("Hoy es lunes. ¿Qué número de día de la semana será dentro de 100 días si el lunes es el día 1 y el domingo el día 7?", 3, 2, ["tiempo", "restos"]),
 ("Un móvil cuesta 360 € sin IVA. Con un IVA del 21 %, ¿cuánto cuesta en euros?", 435.6, 381, ["porcentajes", "dinero", "decimales"]),
 ("Elena corre 5 km en 27 minutos. ¿Cuántos segundos tarda de media por kilómetro?", 324, 540, ["tiempo", "ritmos"]),
 ("Un camión transporta cajas de 25 kg y puede cargar como máximo 3.500 kg. ¿Cuántas cajas puede llevar como máximo?", 140, 1400, ["miles", "división"]),
 ("Se reparten 150 caramelos entre 4 niños a partes iguales y los que sobran se los queda la abuela. ¿Cuántos caramelos se queda la abuela?", 2, 37, ["restos"]),
 ("Un jardín cuadrado tiene 36 m de perímetro. ¿Cuál es su área en metros cuadrados?", 81, 324, ["geometría"]),
 ("En una encuesta a 400 personas, 0,15 de ellas prefieren el té. ¿Cuántas prefieren el té?", 60, 15, ["decimales", "proporciones"]),
 ("Un coche gasta 6,5 litros de gasolina cada 100 km. ¿Cuántos litros gasta en 340 km? (puede ser decimal)", 22.1, 19.5, ["ritmos", "decimales"]),
 ("Luis pagó 54 € por una camiseta que tenía un 10 % de descuento. ¿Cuál era el precio original en euros?", 60, 59.4, ["porcentajes", "dinero"]),
 ("Una película empieza a las 21:50 y dura 2 horas y 25 minutos. ¿A qué hora termina? Da la respuesta como el número de minutos pasados desde la medianoche.", 15, 1455, ["tiempo"]),
 ("En un aparcamiento hay coches y motos: 30 vehículos y 100 ruedas en total. ¿Cuántas motos hay?", 10, 20, ["álgebra"]),
 ("Una pizza se corta en 8 porciones. Juan come 3 porciones y Sara otras 3. ¿Qué fracción de la pizza queda, expresada como número decimal?", 0.25, 0.75, ["fracciones", "decimales"]),
 ("Un libro cuesta 18 pesos más que una libreta, y juntos cuestan 42 pesos. ¿Cuántos pesos cuesta la libreta?", 12, 24, ["álgebra", "dinero"]),
 ("Un avión vuela a 820 km/h. ¿Cuántos kilómetros recorre en 3 horas y 15 minutos? (puede ser decimal)", 2665, 2583, ["ritmos", "tiempo"]),
 ("Rosa gana 1.850 € al mes y gasta el 40 % en el alquiler. ¿Cuántos euros le quedan después de pagar el alquiler?", 1110, 740, ["porcentajes", "miles", "dinero"]),
 ("Se necesitan 3 pintores para pintar una casa en 8 días. ¿Cuántos días tardarían 6 pintores trabajando al mismo ritmo?", 4, 16, ["proporción inversa"]),
 ("Un frasco tiene 750 ml de aceite. ¿Cuántos frascos hacen falta para llenar una garrafa de 6 litros?", 8, 12, ["unidades"]),
 ("La temperatura a las 6:00 era de -4 grados y a mediodía de 11 grados. ¿Cuántos grados subió?", 15, 7, ["negativos"]),
 ("Tres amigos pagan una cena de 67,50 € a partes iguales. ¿Cuánto paga cada uno, en euros?", 22.5, 22.05, ["dinero", "decimales"]),
 ("Un colegio compra 24 ordenadores a 475 € cada uno. ¿Cuánto gasta en total, en euros?", 11400, 11300, ["dinero", "multiplicación"]),
 ("Un grifo gotea 3 ml cada minuto. ¿Cuántos litros se pierden en una semana? (puede ser decimal)", 30.24, 30240, ["unidades", "tiempo", "decimales"]),
 ("En un campamento hay 120 niños; 2/5 son de Madrid y 1/4 de Valencia. ¿Cuántos niños no son ni de Madrid ni de Valencia?", 42, 78, ["fracciones"]),
 ("Una acción valía 40 €, subió un 20 % y después bajó un 20 %. ¿Cuántos euros vale ahora? (puede ser decimal)", 38.4, 40, ["porcentajes", "dinero", "decimales"]),
 ("Un barco sale a las 23:30 y la travesía dura 9 horas y 45 minutos. ¿A qué hora llega? Da la hora como número de minutos pasados desde la medianoche del día de llegada.", 555, 1995, ["tiempo"]),
 ("La media de tres exámenes de Andrés es 7. En los dos primeros sacó 6 y 8,5. ¿Qué nota sacó en el tercero? (puede ser decimal)", 6.5, 7, ["medias", "decimales"]),
 ("Una tienda vende 3 camisetas por 25 €. ¿Cuánto cuestan 12 camisetas con esa oferta, en euros?", 100, 300, ["proporciones", "dinero"]),
 ("Un terreno de 2,5 hectáreas se divide en parcelas de 500 m². ¿Cuántas parcelas salen? (1 hectárea = 10 000 m²)", 50, 5, ["unidades", "miles"]),
 ("Un tren de cercanías pasa cada 12 minutos y el primero sale a las 6:00. ¿Cuántos trenes salen desde las 6:00 hasta las 8:00, ambas incluidas?", 11, 10, ["tiempo", "conteo"]),
 ("Julia compra un ordenador de 900 € y lo paga en 12 cuotas iguales sin intereses, tras una entrada de 180 €. ¿De cuántos euros es cada cuota?", 60, 75, ["dinero", "división"]),
 ("Un tanque pierde el 10 % de su agua cada día. Si hoy tiene 1.000 litros, ¿cuántos litros tendrá dentro de 2 días?", 810, 800, ["porcentajes", "miles"]),
 ("En una carrera de relevos cada corredor hace 400 m. Si el equipo recorre 3,2 km, ¿cuántos corredores participan?", 8, 80, ["unidades", "decimales"]),
 ("Un panadero usa 2/3 de kilo de harina por cada barra grande. ¿Cuántas barras grandes puede hacer con 10 kg de harina?", 15, 6, ["fracciones"]),
 ("Una familia gasta 96 € al mes en luz. Si instala placas solares y el gasto baja un 35 %, ¿cuántos euros ahorra en un año? (puede ser decimal)", 403.2, 748.8, ["porcentajes", "dinero", "decimales"]),
 ("Un ascensor puede subir 630 kg. Si cada persona pesa de media 70 kg, ¿cuántas personas caben como máximo?", 9, 10, ["división"]),
 ("En México, un kilo de tortillas cuesta 24 pesos. ¿Cuántos pesos cuestan 3,5 kilos?", 84, 72, ["dinero", "decimales"]),
 ("Un reloj se atrasa 2 minutos cada día. ¿Cuántas horas se habrá atrasado después de 90 días?", 3, 180, ["tiempo", "unidades"]),
 ("Una piscina mide 25 m de largo y Diego hace 36 largos. ¿Cuántos metros nada?", 900, 61, ["multiplicación"]),
 ("Un estuche cuesta 7,80 € y una mochila el triple. ¿Cuánto cuestan juntos, en euros? (puede ser decimal)", 31.2, 23.4, ["dinero", "decimales"]),
 ("En un hospital se atienden 1.440 pacientes en 30 días. ¿Cuántos pacientes se atienden de media al día?", 48, 43200, ["miles", "medias"]),
 ("Si 5 bolígrafos cuestan 3,25 €, ¿cuánto cuestan 8 bolígrafos, en euros?", 5.2, 4.8, ["proporciones", "dinero", "decimales"]),
 ("Un vuelo de Madrid a Bogotá dura 10 horas y 40 minutos. Sale a las 12:25 hora de Madrid. ¿A qué hora de Madrid aterriza? Da la hora como número de minutos pasados desde la medianoche.", 1385, 1345, ["tiempo"]),
 ("Un club tenía 80 000 socios y este año ha ganado 6.400 nuevos. ¿En qué porcentaje ha crecido?", 8, 6.4, ["miles", "porcentajes"]),
 ("Un ángulo de un triángulo mide 47 grados y otro 68 grados. ¿Cuántos grados mide el tercero?", 65, 115, ["geometría"]),
 ("Un kilo de café cuesta 14 € y se vende en bolsas de 250 g. ¿Cuánto cuesta una bolsa, en euros?", 3.5, 56, ["unidades", "dinero", "decimales"]),
 ("Sofía tiene 2,5 veces los años de su sobrino, que tiene 12. ¿Cuántos años tiene Sofía?", 30, 14.5, ["decimales", "edades"]),
]

INSTRUCTION = ("Resuelve el problema paso a paso y termina con una última línea de la forma "
               "«Respuesta: <número>», sin unidades ni separadores de miles y con punto decimal si hace falta.")


def build():
    cases, keys = [], []
    for i, (text, answer, wrong, tags) in enumerate(P, start=1):
        assert abs(answer - wrong) > 1e-9, text
        # a Spanish reader takes "0.375" for 375: no answer may have exactly three decimals
        assert not re.search(r"\.\d{3}$", fmt_number(answer)) and not re.search(r"\.\d{3}$", fmt_number(wrong)), text
        cid = "math-es-%03d" % i
        prompt = text + "\n\n" + INSTRUCTION
        exp = fmt_number(answer)
        c = case(cid, prompt, exp, "number", "es", tags, options={"tolerance": 1e-6})
        cases.append(c)
        keys.append(key("math-es", c, "Hago las cuentas con cuidado.\nRespuesta: " + exp,
                        "Hago las cuentas rápidamente.\nRespuesta: " + fmt_number(wrong)))
    write("math-es", cases, keys)


if __name__ == "__main__":
    build()
