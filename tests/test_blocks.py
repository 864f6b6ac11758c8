"""N's and D's blocks: PyTorch's decoder layer written out, and a memory read by many rows."""

from __future__ import annotations

import torch
from torch import nn

from cf_excel.codefusion.blocks import Blocks, Memory
from cf_excel.codefusion.config import Config


def config() -> Config:
    return Config.from_preset("tiny", dropout=0.0)


def reference(tiny: Config, layers: int) -> nn.TransformerDecoder:
    """The module the blocks replace, as the checkpoints were trained with it."""
    layer = nn.TransformerDecoderLayer(
        tiny.d_model, tiny.n_heads, tiny.ff_mult * tiny.d_model, tiny.dropout,
        activation="gelu", batch_first=True, norm_first=True,
    )  # fmt: skip
    return nn.TransformerDecoder(layer, layers, norm=nn.LayerNorm(tiny.d_model))


def test_blocks_are_pytorchs_decoder_with_its_weights_and_initialisation() -> None:
    tiny = config()
    torch.manual_seed(3)
    theirs = reference(tiny, 2).eval()
    torch.manual_seed(3)
    ours = Blocks(tiny, 2).eval()
    assert ours.state_dict().keys() == theirs.state_dict().keys()
    for name, value in theirs.state_dict().items():
        assert torch.equal(ours.state_dict()[name], value), name  # the same seed, the same start
    x, states = torch.randn(3, 5, tiny.d_model), torch.randn(3, 7, tiny.d_model)
    mask = torch.ones(3, 7, dtype=torch.long)
    mask[1, 4:] = 0
    expected = theirs(x, states, memory_key_padding_mask=mask == 0)
    assert torch.equal(ours(x, Memory.of(states, mask)), expected)
    causal = nn.Transformer.generate_square_subsequent_mask(5)
    expected = theirs(x, states, tgt_mask=causal, tgt_is_causal=True)
    assert torch.equal(ours(x, Memory.of(states, torch.ones_like(mask)), causal), expected)


def test_rows_reading_one_prompt_see_what_they_see_with_a_copy_each() -> None:
    tiny = config()
    blocks = Blocks(tiny, 2).eval()
    states = torch.randn(2, 6, tiny.d_model)
    mask = torch.ones(2, 6, dtype=torch.long)
    mask[0, 4:] = 0  # the first prompt is shorter, right-padded
    rows = (3, 1)  # unequal: requests with different top-k share a pass
    x = torch.randn(sum(rows), 5, tiny.d_model)
    owner = torch.tensor([0, 0, 0, 1])
    copied = Memory.of(states[owner], mask[owner])
    shared = Memory.of(states, mask).read_by(rows)
    assert torch.allclose(blocks(x, shared), blocks(x, copied), atol=1e-5)
