"""nlu-es: Spanish intent, sentiment and entity-type items written for versus (Spain and Latin America, informal, typos)."""
from common import case, key, write

INTENTS = {
 "consultar_saldo": [
  "¿Cuánto dinero me queda en la cuenta?",
  "quiero saber mi saldo porfa",
  "Hola, ¿me podés decir cuánta plata tengo disponible en la caja de ahorro?",
  "necesito ver el saldo de la cuenta nómina antes de pagar el alquiler",
  "cuanto tengo en la tarjeta de debito??",
  "Buenas, ¿cuál es el saldo actual de mi cuenta corriente?",
  "me alcanza para pagar la luz? dime cuanto me queda",
  "Quisiera consultar el disponible de mi cuenta de ahorros.",
  "oye cuánta lana tengo en la cuenta",
  "saldo",
  "¿Ya me cayó la quincena? Quiero ver cuánto hay.",
  "Dime el saldo de la cuenta que acaba en 4821, por favor.",
  "no me acuerdo cuanto me queda este mes, me lo miras?",
 ],
 "transferencia": [
  "Quiero mandarle 50 euros a mi hermana.",
  "como hago una transferencia a otro banco",
  "Necesito pasar 2.000 pesos a la cuenta de mi mamá.",
  "hazme un bizum de 15 € a Javi",
  "¿Puedo enviar dinero a una cuenta en Colombia desde aquí?",
  "quiero girar plata a mi socio hoy mismo",
  "Transfiere 300 euros de la cuenta de ahorro a la corriente.",
  "tengo que pagarle al fontanero por transferencia, ¿cómo lo hago?",
  "Mándale 120 al casero, el IBAN es el de siempre.",
  "me pasas guita a la cuenta de mi viejo? son 10 mil",
  "¿Cuánto tarda una transferencia SEPA en llegar? Quiero hacer una ahora.",
  "Deseo realizar un depósito a un tercero por la app.",
  "envia 75 dolares a la cuenta de juan perez",
 ],
 "bloquear_tarjeta": [
  "Me robaron la cartera, bloqueen mi tarjeta ya.",
  "perdí la tarjeta en el metro, ¿me la podéis anular?",
  "Necesito bloquear la tarjeta de crédito urgentemente.",
  "creo que me clonaron la tarjeta, hay compras raras. congelenla",
  "se me cayo la tarjeta en el taxi, bloqueala porfa",
  "¿Cómo desactivo temporalmente mi tarjeta de débito?",
  "Extravié mi plástico, quiero darlo de baja para que no lo usen.",
  "el cajero se tragó mi tarjeta, bloquéenla por si acaso",
  "Quiero cancelar la tarjeta porque la perdí en el viaje.",
  "no encuentro mi tarjeta por ningún lado, inhabilitala",
  "Me hurtaron el bolso con la tarjeta dentro; necesito que la bloqueen.",
  "bloqueo de tarjeta",
  "Alguien está usando mi tarjeta en una tienda de Miami, ¡páralo!",
 ],
 "reclamacion": [
  "Me cobraron dos veces la misma compra y quiero que me devuelvan el dinero.",
  "Quiero poner una queja formal por el trato recibido en la sucursal.",
  "me han cobrado una comisión que no me corresponde, exijo que la anulen",
  "Hace un mes reclamé un cargo indebido y nadie me contesta.",
  "el cajero no me dio los billetes pero sí me descontó la plata",
  "Quiero presentar una reclamación por un seguro que nunca contraté.",
  "esto es un robo, me cobraron intereses que no son, quiero reclamar",
  "Me descontaron 30 euros de mantenimiento cuando la cuenta era gratis. Quiero mi dinero de vuelta.",
  "¿Dónde pongo una queja? Llevo tres semanas esperando el reembolso.",
  "cobro duplicado en la factura de marzo, solucionenlo",
  "Deseo impugnar un cargo de 89,99 que no reconozco.",
  "estoy harta, quiero hacer un reclamo por la demora en mi préstamo",
  "Me aplicaron mal el tipo de cambio y perdí dinero; quiero que lo revisen.",
 ],
 "horario": [
  "¿A qué hora abre la oficina de la calle Mayor?",
  "hasta que hora atienden los sabados?",
  "¿Abren el 24 de diciembre?",
  "Quiero saber el horario de atención de la sucursal de Palermo.",
  "a q hora cierran hoy",
  "¿Qué días abre la agencia del centro?",
  "La oficina de Triana, ¿abre por la tarde en verano?",
  "¿Cuál es el horario del servicio telefónico?",
  "están abiertos los domingos?",
  "Necesito ir en persona, ¿a qué hora puedo pasar mañana?",
  "¿Atienden al mediodía o cierran para comer?",
  "horario sucursal guadalajara",
  "¿Hasta qué hora puedo ir a la ventanilla para depositar efectivo?",
 ],
 "cancelar_suscripcion": [
  "Quiero darme de baja del servicio de alertas por SMS.",
  "cancelen mi suscripción premium, ya no la uso",
  "¿Cómo anulo la cuota mensual del plan de ahorro automático?",
  "No quiero seguir pagando la membresía, quiero cancelarla.",
  "dame de baja del newsletter que no paro de recibir correos",
  "Deseo rescindir el contrato del seguro de hogar.",
  "quiero quitar el plan plus de la cuenta",
  "¿Puedo cancelar la renovación automática de la tarjeta oro?",
  "ya no quiero el servicio de banca privada, cómo lo dejo",
  "Por favor, cancelen el débito automático de la revista.",
  "desuscribirme de las notificaciones push de ofertas",
  "Quiero terminar mi suscripción al paquete de seguros antes de que se renueve.",
  "me quiero borrar del programa de puntos, no me sirve",
 ],
 "cambiar_contrasena": [
  "Olvidé mi contraseña de la banca en línea.",
  "quiero cambiar la clave de acceso a la app",
  "¿Cómo restablezco mi contraseña? No me deja entrar.",
  "necesito una clave nueva, creo que alguien la vio",
  "me bloquearon el usuario por poner mal la contraseña tres veces",
  "Deseo modificar mi PIN de acceso a la web.",
  "cambiar contraseña",
  "no recuerdo la password del home banking, ayuda",
  "¿Dónde actualizo mi clave? Me pide cambiarla cada 90 días.",
  "Quiero poner una contraseña más segura en mi perfil.",
  "me llegó un correo raro pidiendo mi clave, prefiero cambiarla ya",
  "recuperar acceso a la cuenta online, olvide la contraseña",
  "La app dice que mi contraseña caducó, ¿cómo pongo otra?",
 ],
 "hablar_agente": [
  "Quiero hablar con una persona, no con un robot.",
  "pásame con un agente porfa",
  "¿Me puede atender alguien de carne y hueso?",
  "necesito un operador humano ya",
  "Comuníqueme con un ejecutivo de cuenta, por favor.",
  "no me entiendes, quiero hablar con alguien real",
  "¿Hay algún número para hablar con un asesor?",
  "agente",
  "Prefiero que me llame un gestor de mi oficina.",
  "me podés pasar con alguien del banco?",
  "esto no funciona, ponme con un humano",
  "¿Puedo chatear con un empleado en vez de con el asistente?",
  "Quisiera que me contacte un asesor para explicarme las hipotecas.",
 ],
}

SENTIMENTS = {
 "positivo": [
  "La app nueva va genial, mucho más rápida que antes.",
  "me atendieron súper bien en la oficina, un 10",
  "Gracias por resolverlo tan rápido, estoy muy contenta.",
  "qué buena onda la chica del call center, me ayudó un montón",
  "El hotel superó mis expectativas: limpio, tranquilo y con un desayuno buenísimo.",
  "Por fin un banco que no te cobra comisiones por todo. Encantado.",
  "la pelicula me encanto, la volveria a ver",
  "Muy recomendable el restaurante, la paella estaba de muerte.",
  "El curso me sirvió muchísimo para el trabajo, gracias a los profes.",
  "llego el pedido antes de lo previsto y perfecto, 5 estrellas",
  "Qué gusto da trabajar con un equipo así de eficiente.",
  "La actualización arregló todos los fallos, ahora funciona de lujo.",
  "me re gustó el concierto, el sonido impecable",
  "Excelente servicio, volveremos seguro.",
  "Estoy feliz con el cambio de compañía, pago menos y va mejor.",
  "chido el servicio, todo bien rápido",
 ],
 "negativo": [
  "Llevo una hora esperando y nadie me atiende. Vergonzoso.",
  "la app se cuelga cada dos por tres, no sirve para nada",
  "Pésima experiencia, el producto llegó roto y no me devuelven el dinero.",
  "el camarero fue bastante borde y la comida estaba fría",
  "No vuelvo a comprar aquí, me siento estafado.",
  "qué desastre de atención, me pasaron de un departamento a otro sin solución",
  "La película es aburridísima, me dormí a la mitad.",
  "Me cobraron de más y encima me trataron fatal.",
  "el internet es una porquería, se corta todo el tiempo",
  "Estoy muy decepcionada con el hotel, nada que ver con las fotos.",
  "horrible, el pedido nunca llegó y nadie responde",
  "Otra vez han subido la cuota sin avisar. Estoy harto.",
  "la nueva versión es peor, han quitado todo lo que era útil",
  "Qué mala onda el guardia de la entrada.",
  "Tardaron tres semanas en arreglar algo que era de cinco minutos.",
  "no me gustó nada el servicio, muy caro para lo que es",
 ],
 "neutro": [
  "Mañana abre la oficina a las nueve.",
  "El pedido llegará entre el martes y el jueves.",
  "he cambiado la dirección de envío a la de mi trabajo",
  "La reunión se ha movido a la sala 3.",
  "El formulario tiene cuatro apartados.",
  "Compré el billete de tren para el viernes.",
  "el paquete pesa unos dos kilos",
  "La tarifa incluye 20 GB de datos al mes.",
  "Hoy he ido al banco a actualizar mis datos.",
  "El restaurante está en la esquina de la plaza.",
  "La app pide el DNI para registrarse.",
  "mi vuelo sale a las 7 desde Ezeiza",
  "El informe tiene que entregarse antes del día 15.",
  "Han puesto una sucursal nueva cerca de la estación.",
  "El curso dura seis semanas y es en línea.",
  "quedamos en la puerta del cine a las 8",
 ],
}

ENTITIES = {
 "persona": [
  ("Ayer hablé con Marisol Etxeberria sobre el contrato.", "Marisol Etxeberria"),
  ("El informe lo firmó el doctor Julián Restrepo.", "Julián Restrepo"),
  ("Mañana viene Carmen a revisar la caldera.", "Carmen"),
  ("La transferencia es para Óscar Villalba.", "Óscar Villalba"),
  ("Según la profesora Itziar Goñi, el examen será en junio.", "Itziar Goñi"),
  ("Le mandé el presupuesto a don Ramiro Cuéllar.", "Ramiro Cuéllar"),
  ("Mi jefa, Daniela Quispe, aprobó las vacaciones.", "Daniela Quispe"),
  ("El premio se lo llevó Tomás Ibarguren.", "Tomás Ibarguren"),
  ("Pregúntale a Nahuel si ya pagó la cuota.", "Nahuel"),
  ("La abogada Rocío Santamaría lleva el caso.", "Rocío Santamaría"),
 ],
 "lugar": [
  ("Nos mudamos a Valladolid en septiembre.", "Valladolid"),
  ("El envío sale desde Monterrey.", "Monterrey"),
  ("Pasamos el verano en la sierra de Cazorla.", "sierra de Cazorla"),
  ("La sucursal de Miraflores cierra temprano.", "Miraflores"),
  ("Mi hermano vive en Rosario desde hace años.", "Rosario"),
  ("El congreso será en Cartagena de Indias.", "Cartagena de Indias"),
  ("Compré el piso cerca del río Guadalquivir.", "río Guadalquivir"),
  ("El vuelo hace escala en Panamá.", "Panamá"),
  ("Fuimos de excursión al lago Titicaca.", "lago Titicaca"),
  ("La fábrica está a las afueras de Albacete.", "Albacete"),
 ],
 "organizacion": [
  ("Trabajo en Ferreterías Hnos. Gallardo desde 2019.", "Ferreterías Hnos. Gallardo"),
  ("La Universidad de Salamanca abrió la matrícula.", "Universidad de Salamanca"),
  ("Me llamaron de Seguros La Ceiba para renovar la póliza.", "Seguros La Ceiba"),
  ("El Ayuntamiento de Getafe cortó la calle.", "Ayuntamiento de Getafe"),
  ("La cooperativa Frutas del Valle contrató a diez personas.", "Frutas del Valle"),
  ("Hice las prácticas en Transportes Olmedo S.A.", "Transportes Olmedo S.A."),
  ("El club Deportivo Arenales ganó el torneo.", "Deportivo Arenales"),
  ("Recibí una carta del Ministerio de Hacienda.", "Ministerio de Hacienda"),
  ("La ONG Manos Abiertas organiza la recogida.", "Manos Abiertas"),
  ("Mi prima entró a trabajar en Editorial Caracola.", "Editorial Caracola"),
 ],
 "fecha": [
  ("La cita con el gestor es el 3 de marzo.", "el 3 de marzo"),
  ("El recibo vence el próximo lunes.", "el próximo lunes"),
  ("Nací el 14/02/1990.", "14/02/1990"),
  ("La oferta acaba a finales de enero.", "a finales de enero"),
  ("Firmamos la hipoteca en otoño de 2021.", "otoño de 2021"),
  ("Te devuelvo el dinero pasado mañana.", "pasado mañana"),
  ("El plazo termina el 30 de junio de 2025.", "el 30 de junio de 2025"),
  ("Nos vemos el viernes que viene.", "el viernes que viene"),
  ("La tienda reabre en Semana Santa.", "Semana Santa"),
  ("Cobro la paga extra en diciembre.", "en diciembre"),
 ],
}

CONFUSE = {
 "consultar_saldo": "transferencia", "transferencia": "consultar_saldo",
 "bloquear_tarjeta": "reclamacion", "reclamacion": "hablar_agente",
 "horario": "hablar_agente", "cancelar_suscripcion": "reclamacion",
 "cambiar_contrasena": "bloquear_tarjeta", "hablar_agente": "reclamacion",
 "positivo": "neutro", "negativo": "neutro", "neutro": "positivo",
 "persona": "organizacion", "lugar": "organizacion", "organizacion": "persona", "fecha": "lugar",
}

SYSTEM = "Eres un clasificador de textos. Respondes solo con una etiqueta de la lista, sin explicaciones."


def intent_prompt(text):
    labels = ", ".join(INTENTS)
    return ("Clasifica la intención del siguiente mensaje de un cliente de banca.\n"
            "Etiquetas permitidas: " + labels + ".\n"
            "Responde solo con la etiqueta.\n\nMensaje: " + text)


def sentiment_prompt(text):
    return ("Clasifica el sentimiento del siguiente texto.\n"
            "Etiquetas permitidas: positivo, negativo, neutro.\n"
            "Responde solo con la etiqueta.\n\nTexto: " + text)


def entity_prompt(text, span):
    return ("¿Qué tipo de entidad es la expresión entre comillas dentro de la frase?\n"
            "Etiquetas permitidas: persona, lugar, organizacion, fecha.\n"
            "Responde solo con la etiqueta.\n\nFrase: " + text + "\nExpresión: «" + span + "»")


def build():
    cases, keys, n = [], [], 0

    labels_of = {"intent": list(INTENTS), "sentiment": list(SENTIMENTS), "entity": list(ENTITIES)}

    def add(prompt, label, task):
        nonlocal n
        n += 1
        c = case("nlu-es-%03d" % n, prompt, label, "label", "es", ["task:" + task, "label:" + label], system=SYSTEM,
                 options={"labels": labels_of[task]})
        cases.append(c)
        keys.append(key("nlu-es", c, label, CONFUSE[label]))

    # interleave labels so that a truncated run still sees every label
    for group, prompt_of, task in ((INTENTS, intent_prompt, "intent"), (SENTIMENTS, sentiment_prompt, "sentiment")):
        rows = max(len(v) for v in group.values())
        for i in range(rows):
            for label, texts in group.items():
                if i < len(texts):
                    add(prompt_of(texts[i]), label, task)
    for i in range(10):
        for label, rows in ENTITIES.items():
            text, span = rows[i]
            assert span in text, span
            add(entity_prompt(text, span), label, "entity")
    write("nlu-es", cases, keys)


if __name__ == "__main__":
    build()
