"""Batches of like length for DIET (nlu/banded_diet.py): the order it deals an epoch in."""

from __future__ import annotations

import numpy as np
import pytest

from nlu.banded_diet import banded_order


def padded_tokens(lengths: np.ndarray, order: np.ndarray, batch_size: int) -> int:
    return sum(
        len(order[i : i + batch_size]) * int(lengths[order[i : i + batch_size]].max())
        for i in range(0, len(order), batch_size)
    )


@pytest.fixture
def lengths() -> np.ndarray:
    # like the training sentences: mostly short, a long tail up to 32 tokens
    rng = np.random.default_rng(3)
    return np.clip(rng.gamma(3.0, 2.7, size=4180).round().astype(int), 1, 32)


def test_every_example_comes_once(lengths: np.ndarray) -> None:
    order = banded_order(lengths, 64, [0.4, 0.75], np.random.default_rng(0))
    assert sorted(order.tolist()) == list(range(len(lengths)))


def test_each_full_batch_lies_in_one_band(lengths: np.ndarray) -> None:
    cuts = np.quantile(lengths, [0.4, 0.75])
    band = np.searchsorted(cuts, lengths, side="left")
    order = banded_order(lengths, 64, [0.4, 0.75], np.random.default_rng(0))
    whole = sum(int(np.sum(band == b)) // 64 for b in range(3))
    full = [order[i : i + 64] for i in range(0, whole * 64, 64)]
    assert len(full) >= 60
    assert all(len(set(band[batch])) == 1 for batch in full)


def test_within_a_band_the_balanced_order_is_kept(lengths: np.ndarray) -> None:
    order = banded_order(lengths, 64, [0.5], np.random.default_rng(0))
    for i in range(0, len(order) - 128, 64):
        batch = order[i : i + 64]
        assert np.all(np.diff(batch) > 0), "positions of one batch are in their first order"


def test_it_pads_far_less_than_random_batches(lengths: np.ndarray) -> None:
    random = np.random.default_rng(1).permutation(len(lengths))
    banded = banded_order(lengths, 64, [0.4, 0.75], np.random.default_rng(0))
    assert padded_tokens(lengths, banded, 64) < 0.75 * padded_tokens(lengths, random, 64)


def test_the_batches_are_shuffled_not_short_first(lengths: np.ndarray) -> None:
    order = banded_order(lengths, 64, [0.4, 0.75], np.random.default_rng(0))
    firsts = [int(lengths[order[i : i + 64]].max()) for i in range(0, 640, 64)]
    assert len(set(firsts)) > 1


def test_no_quantiles_is_the_order_as_given() -> None:
    lengths = np.array([5, 1, 9, 3, 7])
    order = banded_order(lengths, 2, [], np.random.default_rng(0))
    assert sorted(order.tolist()) == [0, 1, 2, 3, 4]
    assert order[-1] == 4  # the remainder of the one band comes last


def test_an_empty_epoch_is_empty() -> None:
    assert banded_order(np.array([], dtype=int), 64, [0.5], np.random.default_rng(0)).size == 0
