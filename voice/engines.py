"""The recogniser the settings choose (Whisper base for Danish, or a Vosk model), and
what tells speech from silence (Silero's model or the energy detector)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.home.config import load_homes
from bot.settings import PROJECT_ROOT
from voice.endpoint import Gate
from voice.interfaces import Recognizer
from voice.settings import VoiceSettings
from voice.vad import SileroModel, supports
from voice.vocabulary import home_phrases, load_vocabulary
from voice.vosk_engine import VoskRecognizer, model_not_set
from voice.whisper_engine import WhisperRecognizer, prompt_from
from voice.whisper_model import ensure_model

# What Whisper is told the conversation is about, so it writes the assistant's words as
# the assistant knows them; the home's names are added per device. Kept short: with all
# the knowledge base's technology names added, real read Danish was heard worse (word
# error rate 0.41 -> 0.48) and held-out commands no better (docs/voice.md, "The prompt").
PROMPT_WORDS = (
    "Hej assistent",
    "mind mig om at tage min medicin klokken otte i morgen",
    "hvilke påmindelser har jeg",
    "tænd lyset i stuen",
    "sluk lyset",
    "skru op for varmen",
    "hvad er en løftestol",
    "skærmbesøg",
    "spiserobot",
    "vasketoilet",
    "nødkald",
    "hvad skal jeg i dag",
    "ja",
    "nej",
    "stop",
    "gentag",
)


@dataclass(frozen=True)
class Hearing:
    """What the recogniser is told to expect, and how its words are corrected after."""

    phrases: list[str] | None  # Vosk's grammar in the limited mode
    correct: Callable[[str], str] | None  # to the nearest known sentence, when close
    prompt_words: list[str]  # the homes' room and device names, for Whisper's prompt


def hearing(settings: VoiceSettings) -> Hearing:
    """The assistant's own words (training data, knowledge base, the homes' names) as
    the speaker uses them: read here, at the entry point, never at import."""
    folder = settings.homes_dir
    homes = home_phrases(load_homes(folder)) if folder else []
    if settings.recognition != "limited":
        return Hearing(None, None, homes)
    vocabulary = load_vocabulary(PROJECT_ROOT, extra=[settings.wake_phrase, *homes])
    return Hearing(vocabulary.grammar(), vocabulary.correct, homes)


def make_recognizer(
    settings: VoiceSettings,
    phrases: Sequence[str] | None = None,
    prompt_words: Sequence[str] = (),
) -> Recognizer:
    """Whisper (joined and checked on first use) or Vosk, as configured. `phrases`
    limits Vosk's grammar; Whisper decodes openly and is prompted with `prompt_words`."""
    if settings.engine == "whisper":
        model = ensure_model(settings.whisper_model)
        words = [settings.wake_phrase, *PROMPT_WORDS, *prompt_words]
        return WhisperRecognizer(model, prompt=prompt_from(words))
    if settings.vosk_model is None:
        raise model_not_set()
    return VoskRecognizer(settings.vosk_model, phrases=phrases)


def make_gate(settings: VoiceSettings, sample_rate: int) -> Callable[[], Gate] | None:
    """A new Silero gate per utterance, the model loaded once; None: the endpointer's
    energy gate (chosen, or audio at a rate Silero is not run at here)."""
    if settings.vad != "silero" or not supports(sample_rate):
        return None
    model = SileroModel()
    return model.gate
