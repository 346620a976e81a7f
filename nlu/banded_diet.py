"""DIET trained on batches of like length: the same model, about half the padding.

DIET pads every batch to its longest sentence. Our sentences are 8 tokens long on
average but up to 32 (emergencies and conversations told at length), so a batch of 64
random sentences is padded to about 25 and most of the transformer's work is padding
(docs/benchmarks.md). Here each epoch's examples, shuffled and balanced by intent as
DIET does it, are dealt into bands of length (short, middle, long, by quantiles) in
the order they came, so every batch keeps the intent mix of the balancing; a batch is
taken whole from one band, the batches are shuffled, and what is left of each band
goes last. Sorting every window by length instead saves more but put the short
answers ("ja", "tak") together in batches of a few intents, and the knowledge
questions lost most (issue 21's notes).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIET, DIETClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.utils.tensorflow.constants import EPOCHS, SEQUENCE_LENGTH
from rasa.utils.tensorflow.data_generator import RasaBatchDataGenerator
from rasa.utils.tensorflow.model_data import Data, RasaModelData

LENGTH_QUANTILES = "length_quantiles"


def banded_order(
    lengths: np.ndarray,
    batch_size: int,
    quantiles: Sequence[float],
    rng: np.random.Generator,
) -> np.ndarray:
    """Positions 0..n-1 reordered so that each full batch lies in one band of length.

    Within a band the positions keep their order; the full batches of all bands are
    shuffled together; each band's remainder (fewer than a batch) comes last.
    """
    lengths = np.asarray(lengths)
    cuts = np.quantile(lengths, quantiles) if len(lengths) and len(quantiles) else []
    band = np.searchsorted(np.asarray(cuts), lengths, side="left")
    batches: list[np.ndarray] = []
    rest: list[np.ndarray] = []
    for b in range(len(cuts) + 1):
        positions = np.flatnonzero(band == b)
        full = len(positions) - len(positions) % batch_size
        batches.extend(positions[i : i + batch_size] for i in range(0, full, batch_size))
        rest.append(positions[full:])
    shuffled = [batches[i] for i in rng.permutation(len(batches))]
    leftover = np.sort(np.concatenate(rest)) if rest else np.array([], dtype=int)
    return np.concatenate([*shuffled, leftover]).astype(int)


class BandedBatches(RasaBatchDataGenerator):
    """DIET's batches (shuffled, balanced, growing in size) dealt by band of length."""

    def __init__(self, *args: Any, quantiles: Sequence[float], seed: int | None, **kw: Any):
        # set before the parent's __init__, which prepares the first epoch
        self._quantiles = list(quantiles)
        self._rng = np.random.default_rng(seed)
        super().__init__(*args, **kw)

    def _shuffle_and_balance(self, batch_size: int) -> Data:
        data = super()._shuffle_and_balance(batch_size)
        lengths = np.asarray(data[TEXT][SEQUENCE_LENGTH][0]).reshape(-1)
        order = banded_order(lengths, batch_size, self._quantiles, self._rng)
        return RasaModelData._data_for_ids(data, order)


class BandedDIET(DIET):
    """DIET's model, fitted on banded batches; predicting and loading are DIET's own."""

    def fit(self, x: Any = None, *args: Any, **kwargs: Any) -> Any:
        if isinstance(x, RasaBatchDataGenerator) and not isinstance(x, BandedBatches):
            x = BandedBatches(
                x.model_data,
                batch_size=x.batch_size,
                epochs=self.config[EPOCHS],
                batch_strategy=x.batch_strategy,
                shuffle=x.shuffle,
                drop_small_last_batch=x.drop_small_last_batch,
                quantiles=self.config[LENGTH_QUANTILES],
                seed=self.config.get("random_seed"),
            )
        return super().fit(x, *args, **kwargs)


@DefaultV1Recipe.register(
    [
        DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
        DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR,
    ],
    is_trainable=True,
)
class BandedDIETClassifier(DIETClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**DIETClassifier.get_default_config(), LENGTH_QUANTILES: [0.5, 0.75, 0.9]}

    @staticmethod
    def model_class() -> type[DIET]:
        return BandedDIET
