"""What the assistant says about the home: short Danish sentences that can be spoken."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.danish.lists import join_list
from bot.home.config import Device, DeviceKind, HomeConfig
from bot.home.parse import Action
from bot.home.protocol import State

# (the kind as a whole, one of it, several of it)
NOUNS: dict[DeviceKind, tuple[str, str, str]] = {
    DeviceKind.LIGHT: ("lyset", "lys", "lamper"),
    DeviceKind.THERMOSTAT: ("varmen", "varme", "radiatorer"),
    DeviceKind.COVER: ("gardinerne", "gardin", "gardiner"),
    DeviceKind.LOCK: ("låsen", "lås", "låse"),
    DeviceKind.ALARM: ("alarmen", "alarm", "alarmer"),
    DeviceKind.SENSOR: ("termometeret", "termometer", "termometre"),
}
_COUNT = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte"}
_EXAMPLE = {
    DeviceKind.LIGHT: "»tænd lyset« eller »sluk lyset i køkkenet«",
    DeviceKind.THERMOSTAT: "»sæt varmen til 21 grader«",
    DeviceKind.COVER: "»rul gardinet ned« eller »træk gardinerne fra«",
    DeviceKind.LOCK: "»lås hoveddøren« eller »er døren låst?«",
    DeviceKind.ALARM: "»er alarmen slået til?«",
    DeviceKind.SENSOR: "»hvor varmt er der i stuen?«",
}

# Two things that each need a question, said in one sentence: the first is asked.
ONE_QUESTION_AT_A_TIME = "Sig det sidste igen bagefter, så tager vi det."

BROKER_DOWN = (
    "Jeg kan ikke få forbindelse til styringen af hjemmet lige nu, så der er ikke sket "
    "noget. Prøv igen om lidt."
)
NOT_SET_UP = (
    "Her er ikke sat styring af lys og varme op. Personalet eller kommunens "
    "hjælpemiddelcentral kan fortælle, om det kan lade sig gøre."
)
BROKEN_SETUP = (
    "Styringen af hjemmet er ikke sat rigtigt op, så jeg kan ikke styre noget lige nu. "
    "Sig det gerne til personalet."
)
CANCELLED = "Okay, så gør jeg ikke noget."
NOT_UNDERSTOOD_ANSWER = "Det forstod jeg ikke, så jeg har ikke gjort noget. Sig det gerne igen."
ASK_PIN = "Sig din kode, så låser jeg {what} op."
ASK_PIN_DISARM = "Sig din kode, så slår jeg {what} fra."
WRONG_PIN = "Koden passer ikke, så jeg har ikke gjort noget."
PIN_TOO_SHORT = (
    "En kode har mindst seks cifre, så jeg har ikke gjort noget. "
    "Har du en kortere kode, så bed personalet om en ny."
)
TOO_MANY_PINS = (
    "Koden har været forkert for mange gange. Prøv igen om et kvarter, eller brug nøglen."
)
UNLOCK_OFF = (
    "Jeg må ikke låse {what} op med stemmen her. Det er slået fra for din sikkerhed. "
    "Brug nøglen, eller ring til personalet."
)
DISARM_OFF = (
    "Jeg må ikke slå {what} fra med stemmen her. Det er slået fra for din sikkerhed. "
    "Brug alarmens eget panel, eller ring til personalet."
)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def number(value: float) -> str:
    """22 → "22", 22.5 → "22,5" (a Danish decimal comma; espeak-ng reads it right)."""
    return f"{value:g}".replace(".", ",")


def rooms_said(home: HomeConfig, rooms: Sequence[str]) -> str:
    return join_list([home.room(r).said for r in rooms])


def subject(home: HomeConfig, devices: Sequence[Device]) -> str:
    """ "loftslampen"; "lyset i stuen"; "lyset i hele hjemmet"."""
    if len(devices) == 1:
        return devices[0].said
    kind = devices[0].kind
    rooms = list(dict.fromkeys(d.room for d in devices))
    all_rooms = {d.room for d in home.devices if d.kind is kind}
    if len(rooms) > 1 and set(rooms) == all_rooms:
        return f"{NOUNS[kind][0]} i hele hjemmet"
    return f"{NOUNS[kind][0]} i {rooms_said(home, rooms)}"


def done(action: Action, what: str, goal: State) -> str:
    what = capital(what)
    if action is Action.ON:
        return f"{what} er tændt."
    if action is Action.OFF or goal.get("on") is False:
        return f"{what} er slukket."
    if action in (Action.BRIGHTNESS, Action.BRIGHTER, Action.DIMMER):
        if "brightness" not in goal:
            return f"{what} er tændt, men kan ikke dæmpes."
        return f"{what} lyser nu med {goal['brightness']} procent."
    if action is Action.WARM_LIGHT:
        return f"{what} lyser nu med et varmere lys."
    if action is Action.COLD_LIGHT:
        return f"{what} lyser nu med et hvidere lys."
    if action in (Action.SET_TEMPERATURE, Action.WARMER, Action.COLDER):
        return f"{what} er sat til {number(goal['setpoint'])} grader."
    if action is Action.OPEN:
        return f"{what} er oppe."
    if action is Action.CLOSE:
        return f"{what} er nede."
    if action is Action.POSITION:
        return f"{what} er nu {goal['position']} procent oppe."
    if action is Action.STOP:
        return f"{what} er stoppet."
    if action is Action.LOCK:
        return f"{what} er låst."
    if action is Action.UNLOCK:
        return f"{what} er låst op."
    if action is Action.ARM:
        return f"{what} er slået til."
    if action is Action.DISARM:
        return f"{what} er slået fra."
    raise ValueError(action)


def turned(action: Action, what: str) -> str:
    """Several lights turned up or down from different levels: no one number fits."""
    return f"{capital(what)} er skruet {'op' if action is Action.BRIGHTER else 'ned'}."


def on_the_way(action: Action, what: str, state: State) -> str:
    what = capital(what)
    if state.get("jammed"):
        return f"{what} melder, at låsen ikke gik helt i. Se efter døren."
    if action in (Action.OPEN, Action.CLOSE, Action.POSITION):
        return f"{what} er på vej {'op' if action is Action.OPEN else 'ned' if action is Action.CLOSE else 'dertil'}."
    return f"{what} har fået besked, men har ikke meldt tilbage, at det er sket."


def silent(what: str) -> str:
    return (
        f"Jeg har sendt besked, men {what} svarer ikke. Prøv igen om lidt, eller se efter, "
        "om den har strøm."
    )


def not_sent(what: str) -> str:
    return f"Forbindelsen til hjemmet blev afbrudt, så {what} fik ikke besked."


def state_line(device: Device, state: State) -> str:
    """One device's state as a sentence, or that it has not told us."""
    what = capital(device.said)
    kind = device.kind
    if kind is DeviceKind.LIGHT and "on" in state:
        if state["on"] and "brightness" in state and state["brightness"] < 100:
            return f"{what} er tændt, med {state['brightness']} procent."
        return f"{what} er {'tændt' if state['on'] else 'slukket'}."
    if kind is DeviceKind.COVER and "position" in state:
        position = state["position"]
        if position >= 98:
            return f"{what} er oppe."
        if position <= 2:
            return f"{what} er nede."
        return f"{what} er {position} procent oppe."
    if kind is DeviceKind.LOCK and ("locked" in state or state.get("jammed")):
        if state.get("jammed"):
            return f"{what} melder, at låsen ikke er gået helt i."
        return f"{what} er {'låst' if state['locked'] else 'ikke låst'}."
    if kind is DeviceKind.ALARM and "alarm" in state:
        alarm = state["alarm"]
        if alarm == "triggered":
            return f"{what} går! Ring 1-1-2, hvis der er fare."
        if alarm == "disarmed":
            return f"{what} er slået fra."
        if alarm in ("arming", "pending"):
            return f"{what} er ved at slå til."
        return f"{what} er slået til."
    if kind in (DeviceKind.THERMOSTAT, DeviceKind.SENSOR) and (
        "setpoint" in state or "temperature" in state
    ):
        parts = []
        if "temperature" in state:
            parts.append(f"måler {number(state['temperature'])} grader")
        if "setpoint" in state:
            parts.append(f"er sat til {number(state['setpoint'])} grader")
        return f"{what} {join_list(parts)}."
    return f"{what} har ikke fortalt mig, hvordan den står."


def which_on(home: HomeConfig, lights: Sequence[Device], states: dict[str, State]) -> str:
    """ "Hvilke lys er tændt?"; asked of blinds or doors ("hvilke gardiner er åbne?")
    each one's state is said, so the answer is about what was asked."""
    if lights and lights[0].kind is not DeviceKind.LIGHT:
        return " ".join(state_line(d, states[d.id]) for d in lights)
    on = [d for d in lights if states[d.id].get("on")]
    unknown = [d for d in lights if "on" not in states[d.id]]
    if not on:
        text = "Der er ikke tændt noget lys." if not unknown else "Jeg kan ikke se noget tændt lys."
    else:
        text = f"Der er tændt for {join_list([d.said for d in on])}."
    if unknown:
        text += f" {capital(join_list([d.said for d in unknown]))} har ikke meldt, hvordan de står."
    return text


def temperature(home: HomeConfig, devices: Sequence[Device], states: dict[str, State]) -> str:
    rooms = list(dict.fromkeys(d.room for d in devices))
    lines = []
    for room in rooms:
        here = [d for d in devices if d.room == room]
        measured = next(
            (states[d.id]["temperature"] for d in here if "temperature" in states[d.id]), None
        )
        setpoint = next(
            (states[d.id]["setpoint"] for d in here if "setpoint" in states[d.id]), None
        )
        where = home.room(room).said
        if measured is not None:
            line = f"Der er {number(measured)} grader i {where}."
            if setpoint is not None:
                line += f" Varmen er sat til {number(setpoint)} grader."
        elif setpoint is not None:
            line = f"Varmen i {where} er sat til {number(setpoint)} grader."
        else:
            line = f"Jeg har ikke fået nogen temperatur fra {where}."
        lines.append(line)
    return " ".join(lines)


def choose_device(home: HomeConfig, devices: Sequence[Device]) -> str:
    kind = devices[0].kind
    rooms = list(dict.fromkeys(d.room for d in devices))
    count = _COUNT.get(len(devices), str(len(devices)))
    where = f" i {rooms_said(home, rooms)}" if len(rooms) == 1 else ""
    names = join_list([d.said for d in devices], "eller")
    return f"Der er {count} {NOUNS[kind][2]}{where}: {names}?"


def choose_room(home: HomeConfig, kind: DeviceKind | None, rooms: Sequence[str]) -> str:
    names = join_list([home.room(r).said for r in rooms], "eller")
    return f"I hvilket rum? {capital(names)}?"


def confirm(action: Action, what: str) -> str:
    if action is Action.LOCK:
        return f"Skal jeg låse {what}?"
    return f"Skal jeg slå {what} til?"


def problem(
    home: HomeConfig, code: str, words: str | None, kind: DeviceKind | None, rooms: Sequence[str]
) -> str:
    kinds = list(dict.fromkeys(d.kind for d in home.devices if d.kind is not DeviceKind.SENSOR))
    can = join_list([NOUNS[k][0] for k in kinds])
    if code == "unknown_thing":
        return f"Jeg kan ikke styre {words}. Her kan jeg styre {can}."
    if code == "unknown_place":
        known = join_list([r.said for r in home.rooms])
        return f"Jeg kender ikke noget rum, der hedder {words}. Jeg kender {known}."
    if code == "none_here" and kind is not None:
        where = rooms_said(home, rooms) if rooms else "hjemmet"
        return f"Der er ingen {NOUNS[kind][2]} i {where}, som jeg kan styre."
    if code == "no_devices" and kind is not None:
        return f"Der er ingen {NOUNS[kind][2]} her, som jeg kan styre. Jeg kan styre {can}."
    if code == "cannot" and kind is not None:
        return f"Det kan jeg ikke gøre med {NOUNS[kind][0]}. Sig for eksempel {_EXAMPLE[kind]}."
    if kind is not None:
        return f"Hvad skal jeg gøre med {NOUNS[kind][0]}? Sig for eksempel {_EXAMPLE[kind]}."
    return f"Det forstod jeg ikke helt. Jeg kan styre {can}."
