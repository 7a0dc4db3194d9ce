"""py3langid's identifier with its byte automaton held in less memory, for the same verdicts.

py3langid 0.4.0 keeps its automaton's transitions as one 32-bit integer each (9.8 million of
them: 39 MB) and each state's row offset and feature as Python lists of ints (104,583 each,
about 4 MB a list). Loaded in a batch worker (the first text that is not plainly English) it
added 75 MB to the process for good, the largest single part of a worker's peak RSS. Every
state number of the pinned model is below 2**17, so a transition is kept as its low 16 bits
(an unsigned short) and its 17th bit (one bit of a packed byte string), and the two lists as
typed arrays: 75 -> 51 MB. The walk reads the same states, so it counts the same features in
the same order, and the scores, computed by py3langid's own code from those counts, are the
same numbers (tests/test_language.py compares the two identifiers' scores).
"""

from __future__ import annotations

import lzma
import shutil
import tempfile
from array import array
from collections import Counter
from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, RAW_FLOOR, LanguageIdentifier

# A transition's state number is its low 16 bits and one more: the automaton may have at most
# this many states.
MAX_STATES = 1 << 17


class CompactIdentifier(LanguageIdentifier):
    """``LanguageIdentifier`` whose automaton walk reads the compact tables."""

    def __init__(self, nb_ptc, nb_pc, nb_classes, low, high_bits, rowbase, output,
                 norm_probs=False):
        # The parent keeps tk_nextmove, tk_row and tk_output for training and set_languages,
        # which artex does not use; empty sequences stand in for them.
        super().__init__(nb_ptc, nb_pc, nb_classes, array("I"), array("i"),
                         norm_probs=norm_probs, tk_row=array("H"))
        self._low, self._high_bits, self._rowbase, self._output = low, high_bits, rowbase, output

    @classmethod
    def load(cls, path: Path | None = None, norm_probs: bool = False) -> CompactIdentifier:
        """The model file's tables (as py3langid's ``load_model`` reads them), compacted."""
        path = path or MODEL_DIR / MODEL_FILE
        with tempfile.TemporaryFile(suffix=".npz") as unpacked:
            with lzma.open(path) as packed:
                shutil.copyfileobj(packed, unpacked, length=1 << 20)
            unpacked.seek(0)
            with np.load(unpacked, allow_pickle=False) as data:
                ptc, pc, classes = data["ptc"], data["pc"], data["classes"].tolist()
                nextmove, rows, output = data["nextmove"], data["nextmove_row"], data["out_feat"]
        if len(output) > MAX_STATES:
            raise ValueError(f"{path}: {len(output)} states, more than {MAX_STATES}")
        low = memoryview(nextmove.astype(np.uint16))
        high_bits = np.packbits(nextmove >= 1 << 16, bitorder="little").tobytes()
        rowbase = array("i", (rows.astype(np.int32) << 8).tobytes())
        return cls(ptc, pc, classes, low, high_bits, rowbase,
                   array("i", output.astype(np.int32).tobytes()), norm_probs=norm_probs)

    def _raw_score(self, text):
        # py3langid's visit_counts and _raw_score, with the transition read from the two tables.
        low, high_bits, rowbase, output = self._low, self._high_bits, self._rowbase, self._output
        state, indexes = 0, []
        append = indexes.append
        for letter in text:
            i = rowbase[state] + letter
            state = low[i] | ((high_bits[i >> 3] >> (i & 7)) & 1) << 16
            feature = output[state]
            if feature >= 0:
                append(feature)
        if indexes:
            return self._sparse_score(Counter(indexes), self.nb_ptc)
        fill = 0.0 if self._norm_probs else RAW_FLOOR
        return np.full(len(self.nb_classes), fill, dtype=np.float32)
