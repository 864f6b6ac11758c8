"""E without `transformers`: the same token ids and offsets as BertTokenizerFast, the same
hidden states as BertModel (to 1e-5), the same parameter names, and an inference path that
never imports `transformers`."""

from __future__ import annotations

import subprocess
import sys

import pytest
import torch
from transformers import AutoTokenizer, BertConfig, BertModel

from cf_excel.codefusion.bert import Bert, BertShape, encoder_path, load_prompt_tokenizer

PROMPTS = [
    "highlight overdue rows red | c[0] Invoice: text (INV-1, INV-2) ; c[3] Due Date: date",
    "",
    "Café naïve résumé 25/11/2026 $1,000 1k 10% — 🔥🔥 ÜBER straße",
    "x " * 300,  # truncated
]


@pytest.mark.parametrize("prompt", PROMPTS)
def test_the_tokenizer_matches_bert_tokenizer_fast(prompt: str) -> None:
    reference = AutoTokenizer.from_pretrained(str(encoder_path()))
    expected = reference(prompt, truncation=True, max_length=128, return_offsets_mapping=True)
    ids, offsets = load_prompt_tokenizer().encode(prompt, 128)
    assert ids == list(expected["input_ids"])
    assert offsets == [tuple(pair) for pair in expected["offset_mapping"]]


def test_minilm_gives_bertmodels_hidden_states() -> None:
    path = encoder_path()
    reference = BertModel.from_pretrained(str(path), add_pooling_layer=False).eval()
    ours = Bert.pretrained(path).eval()
    ids = torch.tensor([load_prompt_tokenizer().encode(PROMPTS[0], 128)[0]] * 2)
    mask = torch.ones_like(ids)
    mask[1, -4:] = 0  # the second row padded
    with torch.no_grad():
        expected = reference(input_ids=ids, attention_mask=mask).last_hidden_state
        assert torch.allclose(ours(ids, mask), expected, atol=1e-5)


def test_parameter_names_are_bertmodels() -> None:
    """Checkpoints trained with BertModel load into Bert, and the other way round."""
    shape = BertShape(hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                      intermediate_size=64, max_position_embeddings=64)  # fmt: skip
    reference = BertModel(
        BertConfig(vocab_size=shape.vocab_size, hidden_size=32, num_hidden_layers=1,
                   num_attention_heads=2, intermediate_size=64, max_position_embeddings=64),
        add_pooling_layer=False,
    ).eval()  # fmt: skip
    weights = {k: v for k, v in reference.state_dict().items() if "position_ids" not in k}
    ours = Bert(shape).eval()
    ours.load_state_dict(weights)  # strict
    ids = torch.tensor([[101, 2000, 3000, 102]])
    with torch.no_grad():
        expected = reference(input_ids=ids, attention_mask=torch.ones_like(ids))
        assert torch.allclose(
            ours(ids, torch.ones_like(ids)), expected.last_hidden_state, atol=1e-5
        )


@pytest.mark.slow
def test_generating_never_imports_transformers() -> None:
    code = (
        "import sys\n"
        "from cf_excel.cli import main\n"
        "from cf_excel.generators import load_generator\n"
        "load_generator('codefusion')\n"
        "assert 'transformers' not in sys.modules, 'transformers was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
